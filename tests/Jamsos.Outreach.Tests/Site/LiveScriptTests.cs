using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// live.js, run under node with the phrases a page carries, must say what <see cref="LiveText.Status"/>
/// says for every day around the start and the end of both discount periods, in both languages.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed partial class LiveScriptTests
{
    private readonly SiteFixture fixture;

    public LiveScriptTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData("/", Language.Id)]
    [InlineData("/en/", Language.En)]
    public async Task Status_DaysAroundBothPeriods_EqualsLiveText(string path, Language language)
    {
        var knowledge = fixture.Build.Site.Knowledge;
        var page = fixture.Site.Page(path);
        var script = fixture.Site.Resolve(page.Script("live"))!;
        var phrases = PhrasesBlock().Match(page.Html).Groups[1].Value;
        var ends = Ends(page.Html);
        var cases = Cases(knowledge).ToList();

        var shown = await RunInNode(script, phrases, ends, cases);

        var mismatches = cases.Zip(shown)
            .Select(c => (c.First.Period, c.First.Day, Js: c.Second, CSharp: knowledge.Live.Status(c.First.Period, language, c.First.Day)))
            .Where(c => c.Js != c.CSharp)
            .Select(c => $"{c.Period.Sector} {c.Day:yyyy-MM-dd}: C# '{c.CSharp}', script '{c.Js}'");
        Assert.Empty(mismatches);
    }

    /// <summary>
    /// The audit's case: a page built on 2 January 2027 said "per 2 Januari 2027 berlaku, tinggal 89 hari (sampai
    /// 31 Maret 2027)" for transport and the script made it "berlaku sekarang, tinggal 89 hari", dropping the end.
    /// </summary>
    [Theory]
    [InlineData("/", "2027-01-02", "berlaku sekarang, tinggal 89 hari (sampai 31 Maret 2027)")]
    [InlineData("/", "2027-03-31", "berlaku sekarang, hari ini hari terakhir (31 Maret 2027)")]
    [InlineData("/en/", "2027-01-02", "in force now, 89 days left (until 31 March 2027)")]
    [InlineData("/en/", "2027-03-31", "in force now, today is the last day (31 March 2027)")]
    public async Task Status_TransportInForce_KeepsTheEndDateFromThePage(string path, string day, string expected)
    {
        var knowledge = fixture.Build.Site.Knowledge;
        var page = fixture.Site.Page(path);
        var script = fixture.Site.Resolve(page.Script("live"))!;
        var transport = knowledge.Discounts.PeriodFor(Sector.Transport)!;
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        var shown = await RunInNode(script, PhrasesBlock().Match(page.Html).Groups[1].Value, Ends(page.Html), [(transport, date)]);

        Assert.Equal([expected], shown);
    }

    /// <summary>Each status element carries its period's last day as the page's language writes it, for the script's "(sampai …)".</summary>
    [Theory]
    [InlineData("/", Language.Id)]
    [InlineData("/en/", Language.En)]
    public void StatusElements_CarryTheEndDateInThePagesLanguage(string path, Language language)
    {
        var knowledge = fixture.Build.Site.Knowledge;

        var ends = Ends(fixture.Site.Page(path).Html);

        Assert.Equal(
            knowledge.Discounts.Periods.Select(p => (Iso(p.LastDay), ValueFormatter.Date(p.LastDay, language))).Order(),
            ends.Select(e => (e.Key, e.Value)).Order());
    }

    /// <summary>Jakarta is UTC+7: at 17:00 UTC it is already the next day there.</summary>
    [Theory]
    [InlineData("2026-12-31T16:59:59Z", "2026-12-31")]
    [InlineData("2026-12-31T17:00:00Z", "2027-01-01")]
    public async Task Today_ClockInUtc_IsTheDayInJakarta(string instant, string expected)
    {
        var script = fixture.Site.Resolve(fixture.Site.Page("/").Script("live"))!;
        var milliseconds = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        var harness = $"const l = require({JsonSerializer.Serialize(script)}); console.log(l.today({milliseconds}) === l.day({JsonSerializer.Serialize(expected)}));";

        var output = await Node(harness);

        Assert.Equal("true", output.Trim());
    }

    private static IEnumerable<(DiscountPeriod Period, DateOnly Day)> Cases(KnowledgeBase knowledge)
    {
        foreach (var period in knowledge.Discounts.Periods)
        {
            foreach (var edge in new[] { period.FirstDay, period.LastDay })
            {
                for (var offset = -3; offset <= 3; offset++)
                {
                    yield return (period, edge.AddDays(offset));
                }
            }

            yield return (period, period.FirstDay.AddDays(-400));
            yield return (period, period.LastDay.AddDays(400));
        }
    }

    /// <summary>The page's status elements: each period's last day (data-live-to) and its end as written (data-live-end).</summary>
    private static Dictionary<string, string> Ends(string html) => LiveElement().Matches(html)
        .Select(m => (To: m.Groups[1].Value, End: System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)))
        .Distinct()
        .ToDictionary(e => e.To, e => e.End, StringComparer.Ordinal);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<List<string>> RunInNode(string script, string phrases, Dictionary<string, string> ends, List<(DiscountPeriod Period, DateOnly Day)> cases)
    {
        var input = JsonSerializer.Serialize(cases.Select(c => new[] { Iso(c.Period.FirstDay), Iso(c.Period.LastDay), Iso(c.Day), ends[Iso(c.Period.LastDay)] }));
        var harness = $$"""
            const l = require({{JsonSerializer.Serialize(script)}});
            const t = {{phrases}};
            console.log(JSON.stringify({{input}}.map(([from, to, now, end]) => l.status(l.day(from), l.day(to), l.day(now), t, end))));
            """;
        return JsonSerializer.Deserialize<List<string>>(await Node(harness))!;
    }

    private static async Task<string> Node(string harness)
    {
        var (exit, output, error) = await ExternalTools.RunAsync(ExternalTools.Node(), ["-e", harness], Path.GetTempPath(), TimeSpan.FromSeconds(30));
        Assert.True(exit == 0, $"node failed ({exit}): {error}");
        return output;
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"data-live\">(.*?)</script>")]
    private static partial Regex PhrasesBlock();

    [GeneratedRegex("<span class=\"live\" data-live-from=\"[0-9-]+\" data-live-to=\"([0-9-]+)\" data-live-end=\"([^\"]+)\">")]
    private static partial Regex LiveElement();
}
