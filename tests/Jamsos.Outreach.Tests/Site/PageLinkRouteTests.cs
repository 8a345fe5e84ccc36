using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Site.Pages;
using Jamsos.Outreach.Site.Routing;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// Issue 15, point 7: the chat's "Baca di situs" link (PageLink, in Knowledge, which may not reference the
/// site) is the generator's own route for every entry in both languages, and a page the build wrote.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class PageLinkRouteTests
{
    private readonly SiteFixture fixture;

    public PageLinkRouteTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void Url_EveryEntryInBothLanguages_IsTheSitesRouteOrNothingWhenNotPublished()
    {
        var link = new PageLink(SiteFixture.BaseUrl + "/");

        var drift = fixture.Build.Site.Knowledge.Entries
            .Select(e => (e.Key, Chat: link.Url(e), Site: AnswerPages.IsPublished(e) ? SiteFixture.BaseUrl + SiteRoutes.Entry(e) : null))
            .Where(e => e.Chat != e.Site)
            .Select(e => $"{e.Key}: chat {e.Chat ?? "none"}, site {e.Site ?? "none"}");

        Assert.Empty(drift);
    }

    [Fact]
    public void Path_EveryPublishedEntry_IsAPageTheBuildWrote()
    {
        var missing = fixture.Build.Site.Knowledge.Entries
            .Select(PageLink.Path)
            .OfType<string>()
            .Where(path => !File.Exists(Path.Combine(fixture.Output, SiteRoutes.FileFor(path))));

        Assert.Empty(missing);
    }

    [Fact]
    public void Url_BothLanguagesAndChatOnlyEntries_AreBothKinds()
    {
        var entries = fixture.Build.Site.Knowledge.Entries;

        var kinds = (entries.Any(e => PageLink.Path(e) is null), entries.Any(e => PageLink.Path(e)?.StartsWith("/en/", StringComparison.Ordinal) == true), entries.Any(e => PageLink.Path(e)?.StartsWith("/en/", StringComparison.Ordinal) == false));

        Assert.Equal((true, true, true), kinds);
    }
}
