using System.Globalization;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// The site calculator's deep link for a contribution the chat computed
/// (<c>https://…/kalkulator/?penghasilan=3000000&amp;sektor=transportasi</c>): the person can check the
/// figure, change the month and share it; the chat offers it as a link button under the figure. The paths and sector names are the site's (SiteRoutes,
/// CalculatorData.LinkSectors); a site test holds them equal, since Knowledge may not reference the site.
/// </summary>
public sealed class CalculatorLink
{
    private readonly string baseUrl;

    public CalculatorLink(string baseUrl)
    {
        this.baseUrl = SiteAddress.Parse(baseUrl);
    }

    /// <summary>Null when no site address is configured: the chat then links nowhere.</summary>
    public static CalculatorLink? FromBaseUrl(string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) ? null : new CalculatorLink(baseUrl);

    public static string Path(Language language) => language == Language.En ? "/en/calculator/" : "/kalkulator/";

    public static string SectorName(Sector sector) => sector switch
    {
        Sector.Transport => "transportasi",
        Sector.GovernmentPaid => "pemerintah",
        _ => "lainnya",
    };

    /// <summary>The calculator opened on this quote's sector, and its income when the person gave one.</summary>
    public string Url(ContributionQuote quote, Language language, bool incomeStated)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var query = incomeStated
            ? "?penghasilan=" + decimal.Truncate(quote.DeclaredIncome).ToString(CultureInfo.InvariantCulture) + "&sektor=" + SectorName(quote.Sector)
            : "?sektor=" + SectorName(quote.Sector);
        return baseUrl + Path(language) + query;
    }
}
