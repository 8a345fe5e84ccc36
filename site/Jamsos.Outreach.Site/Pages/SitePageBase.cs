using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Microsoft.AspNetCore.Components;

namespace Jamsos.Outreach.Site.Pages;

/// <summary>What every page component receives: the site and its own metadata.</summary>
public abstract class SitePageBase : ComponentBase
{
    [Parameter]
    public SiteModel Site { get; set; } = default!;

    [Parameter]
    public PageMeta Meta { get; set; } = default!;

    protected Language Lang => Meta.Language;

    protected string Date(DateOnly date) => ValueFormatter.Date(date, Lang);

    protected string Value(string key) => Site.Knowledge.Catalog.Get(key).ToText(Lang);
}
