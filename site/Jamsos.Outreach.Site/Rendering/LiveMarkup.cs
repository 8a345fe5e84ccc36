using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Site.Generation;

namespace Jamsos.Outreach.Site.Rendering;

/// <summary>
/// The site's form of the date-aware text. A static page outlives its build date, so it never says
/// "saat ini": <c>{{ live.discount_status }}</c> becomes the periods in words (true on any date) and one
/// status per sector, written for the build date with that date in it, inside an element carrying the
/// period's first and last day (<c>data-live-from</c>, <c>data-live-to</c>, and <c>data-live-end</c> in
/// words) that live.js rewrites for the
/// visitor's day. In Markdown and plain text a status stands as a marker first; <see cref="ToHtml"/>
/// turns markers into those elements and <see cref="ToPlain"/> into the build date's text (descriptions,
/// JSON-LD, topic lists, which no script touches).
/// </summary>
public static class LiveMarkup
{
    private const string Token = "{{" + LiveText.DiscountStatus + "}}";

    // The chat's dates-first form; a page has room for the whole status, so it is written the same.
    private const string EndToken = "{{" + LiveText.DiscountEnd + "}}";

    // Letters and digits only: Markdig and the HTML encoder leave them as they are.
    private const string MarkerStart = "JAMSOSLIVESTATUS";

    // The encoder the page renderer uses (PageRenderer), so text encoded here matches text Razor encodes.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>Whether a summary or body holds date-aware text (its page then loads live.js).</summary>
    public static bool IsUsedIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains(Token, StringComparison.Ordinal) || text.Contains(EndToken, StringComparison.Ordinal);
    }

    /// <summary>The text with <c>{{ live.discount_status }}</c> written as the periods and one status marker per sector.</summary>
    public static string WithMarkers(string text, KnowledgeBase knowledge, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(knowledge);
        if (!IsUsedIn(text))
        {
            return text;
        }

        var statuses = knowledge.Live.Periods.Select((p, i) => $"{Label(p.Sector, language)}: {Marker(i)}.");
        var written = knowledge.Live.DiscountPeriodsText(language) + " " + string.Join(" ", statuses);
        return text.Replace(Token, written, StringComparison.Ordinal).Replace(EndToken, written, StringComparison.Ordinal);
    }

    /// <summary>HTML (already encoded) with its markers replaced by the live status elements.</summary>
    public static string ToHtml(string html, SiteModel site, Language language)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(site);
        return Replace(html, site, (period, _) => Status(site, period, language));
    }

    /// <summary>Plain text with its markers replaced by the status as of the build date.</summary>
    public static string ToPlain(string text, SiteModel site, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(site);
        return Replace(text, site, (period, _) => site.Knowledge.Live.StatusAsOf(period, language, site.Today));
    }

    /// <summary>Plain text encoded for HTML, with the live status elements in place of its markers.</summary>
    public static string EncodeToHtml(string text, SiteModel site, Language language) =>
        ToHtml(Encoder.Encode(text), site, language);

    /// <summary>
    /// One period's status element: the build date's text, and for live.js the period's days and its last
    /// day as the page's language writes it (<c>data-live-end</c>, the {end} of the phrases).
    /// </summary>
    public static string Status(SiteModel site, DiscountPeriod period, Language language)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(period);
        var text = site.Knowledge.Live.StatusAsOf(period, language, site.Today);
        var end = Encoder.Encode(LiveText.End(period, language));
        return $"<span class=\"live\" data-live-from=\"{Iso(period.FirstDay)}\" data-live-to=\"{Iso(period.LastDay)}\" data-live-end=\"{end}\">{Encoder.Encode(text)}</span>";
    }

    /// <summary>"Sektor selain transportasi" / "Transportasi": the periods were named just before.</summary>
    public static string Label(Sector sector, Language language) => sector == Sector.Transport
        ? Ui.T(language, "Transportasi", "Transport")
        : Ui.T(language, "Sektor selain transportasi", "Other sectors");

    /// <summary>The phrases live.js fills in (LiveText.Phrases), as a JSON data block's content.</summary>
    public static string PhrasesJson(KnowledgeBase knowledge, Language language)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return JsonSerializer.Serialize(knowledge.Live.Phrases(language), JsonOptions);
    }

    private static string Replace(string text, SiteModel site, Func<DiscountPeriod, int, string> status)
    {
        if (!text.Contains(MarkerStart, StringComparison.Ordinal))
        {
            return text;
        }

        var periods = site.Knowledge.Live.Periods.ToList();
        for (var i = 0; i < periods.Count; i++)
        {
            text = text.Replace(Marker(i), status(periods[i], i), StringComparison.Ordinal);
        }

        return text;
    }

    private static string Marker(int index) => MarkerStart + index.ToString(CultureInfo.InvariantCulture) + "X";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
