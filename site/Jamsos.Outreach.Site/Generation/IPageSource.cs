namespace Jamsos.Outreach.Site.Generation;

/// <summary>One kind of page (answers, the calculator, the privacy page…): the pages of that kind this site has.</summary>
public interface IPageSource
{
    IEnumerable<PageRequest> Pages(SiteModel site);
}
