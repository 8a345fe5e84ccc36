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
        var cases = Cases(knowledge).ToList();

        var shown = await RunInNode(script, phrases, cases);

        var mismatches = cases.Zip(shown)
            .Select(c => (c.First.Period, c.First.Day, Js: c.Second, CSharp: knowledge.Live.Status(c.First.Period, language, c.First.Day)))
            .Where(c => c.Js != c.CSharp)
            .Select(c => $"{c.Period.Sector} {c.Day:yyyy-MM-dd}: C# '{c.CSharp}', script '{c.Js}'");
        Assert.Empty(mismatches);
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

    private static async Task<List<string>> RunInNode(string script, string phrases, List<(DiscountPeriod Period, DateOnly Day)> cases)
    {
        static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var input = JsonSerializer.Serialize(cases.Select(c => new[] { Iso(c.Period.FirstDay), Iso(c.Period.LastDay), Iso(c.Day) }));
        var harness = $$"""
            const l = require({{JsonSerializer.Serialize(script)}});
            const t = {{phrases}};
            console.log(JSON.stringify({{input}}.map(([from, to, now]) => l.status(l.day(from), l.day(to), l.day(now), t))));
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
}
