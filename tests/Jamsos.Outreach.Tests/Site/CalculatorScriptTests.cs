using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Knowledge.Text;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Rendering;
using Jamsos.Outreach.Tests.Knowledge.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// The calculator script, run under node with the JSON the calculator page carries, must give the
/// same amounts as <see cref="ContributionCalculator"/> for every band edge, sector and month around
/// both discount windows.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed partial class CalculatorScriptTests
{
    private readonly SiteFixture fixture;

    public CalculatorScriptTests(SiteFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task Quote_IncomesSectorsAndMonths_EqualContributionCalculator()
    {
        var knowledge = fixture.Build.Site.Knowledge;
        var cases = Cases(knowledge).ToList();
        var script = fixture.Site.Resolve(fixture.Site.Page("/kalkulator/").Script("calculator"))!;
        var data = DataBlock().Match(fixture.Site.Page("/kalkulator/").Html).Groups[1].Value;

        var results = await RunInNode(script, data, cases);

        var mismatches = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var (income, sector, month) = cases[i];
            var quote = knowledge.Calculator.Calculate(income, sector, month);
            var js = results[i];
            decimal? Js(string name) => js.GetProperty(name).ValueKind == JsonValueKind.Null ? null : js.GetProperty(name).GetDecimal();
            if (Js("band") != quote.Band.Number || Js("normal") != quote.Normal || Js("discounted") != quote.Discounted
                || Js("payable") != quote.Payable || Js("jht") != quote.Jht || Js("discountedWithJht") != quote.DiscountedWithJht
                || Js("normalWithJht") != quote.NormalWithJht || js.GetProperty("text").GetString() != ValueFormatter.Rupiah(quote.Payable, Language.Id))
            {
                mismatches.Add($"{income} {sector} {month:yyyy-MM}: C# {quote.Normal}/{quote.Discounted}/{quote.Payable}, script {js}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task Format_HalfRupiah_WritesItLikeValueFormatter()
    {
        var script = fixture.Site.Resolve(fixture.Site.Page("/kalkulator/").Script("calculator"))!;
        var harness = $"const c = require({JsonSerializer.Serialize(script)}); console.log(JSON.stringify([c.rp(14750.5, 'id'), c.rp(1234567.25, 'en'), c.rp(16800, 'id')]));";

        var output = await Node(harness);

        Assert.Equal(
            JsonSerializer.Serialize(new[] { ValueFormatter.Rupiah(14750.5m, Language.Id), ValueFormatter.Rupiah(1234567.25m, Language.En), ValueFormatter.Rupiah(16800m, Language.Id) }),
            output.Trim());
    }

    /// <summary>The script reads every income of Fixtures/amounts/income_vectors.json as IncomeText does (IncomeAmountTests).</summary>
    [Fact]
    public async Task ReadIncome_EveryVector_GivesItsRupiahOrItsProblem()
    {
        var page = fixture.Site.Page("/kalkulator/");
        var script = fixture.Site.Resolve(page.Script("calculator"))!;
        var data = DataBlock().Match(page.Html).Groups[1].Value;
        var vectors = IncomeVector.Load();
        var dataFile = Path.Combine(Path.GetTempPath(), "jamsos-calc-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        await File.WriteAllTextAsync(dataFile, data);
        var harness = $$"""
            const c = require({{JsonSerializer.Serialize(script)}});
            const fs = require("fs");
            const d = JSON.parse(fs.readFileSync({{JsonSerializer.Serialize(dataFile)}}, "utf8"));
            const vectors = JSON.parse(fs.readFileSync({{JsonSerializer.Serialize(IncomeVector.FilePath)}}, "utf8"));
            console.log(JSON.stringify(vectors.map(v => {
              const r = c.readIncome(v.input, d.income);
              return r.problem === undefined ? String(r.rupiah) : r.problem;
            })));
            """;

        List<string> output;
        try
        {
            output = JsonSerializer.Deserialize<List<string>>(await Node(harness))!;
        }
        finally
        {
            File.Delete(dataFile);
        }

        var mismatches = vectors.Zip(output)
            .Where(p => p.First.Expected != p.Second)
            .Select(p => $"{JsonSerializer.Serialize(p.First.Input)}: expected {p.First.Expected}, script {p.Second}");
        Assert.Equal((vectors.Count, string.Empty), (output.Count, string.Join("\n", mismatches)));
    }

    [Fact]
    public void Data_EveryIncomeProblem_HasItsMessage()
    {
        var data = DataBlock().Match(fixture.Site.Page("/en/calculator/").Html).Groups[1].Value;
        var messages = JsonDocument.Parse(data).RootElement.GetProperty("t").GetProperty("income");

        var missing = Enum.GetValues<IncomeProblem>()
            .Where(p => p != IncomeProblem.None)
            .Where(p => !messages.TryGetProperty(p.Code(), out var m) || m.GetString() != IncomeText.Message(p, Language.En));

        Assert.Empty(missing);
    }

    private static IEnumerable<(decimal Income, Sector Sector, DateOnly Month)> Cases(KnowledgeBase knowledge)
    {
        var incomes = new List<decimal> { -5, 0, 1, 999_999, 2_500_000, 3_456_789, 50_000_000 };
        foreach (var band in knowledge.Catalog.Bands.Bands)
        {
            incomes.AddRange([band.From, band.From + 1, Math.Max(0, band.From - 1)]);
        }

        var months = new List<DateOnly>();
        foreach (var period in knowledge.Discounts.Periods)
        {
            months.AddRange([period.FirstMonth.AddMonths(-1), period.FirstMonth, period.FirstMonth.AddDays(27), period.LastMonth, period.LastMonth.AddMonths(1)]);
        }

        foreach (var income in incomes.Distinct())
        {
            foreach (var sector in Enum.GetValues<Sector>())
            {
                foreach (var month in months.Distinct())
                {
                    yield return (income, sector, month);
                }
            }
        }
    }

    private static async Task<List<JsonElement>> RunInNode(string script, string data, List<(decimal Income, Sector Sector, DateOnly Month)> cases)
    {
        var input = Path.Combine(Path.GetTempPath(), "jamsos-calc-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        var payload = new
        {
            data = JsonDocument.Parse(data).RootElement,
            cases = cases.Select(c => new object[] { c.Income, CalculatorData.SectorCode(c.Sector), c.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture) }),
        };
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(payload));
        try
        {
            var harness = $$"""
                const c = require({{JsonSerializer.Serialize(script)}});
                const input = JSON.parse(require("fs").readFileSync({{JsonSerializer.Serialize(input)}}, "utf8"));
                console.log(JSON.stringify(input.cases.map(([income, sector, month]) => {
                  const q = c.quote(input.data, income, sector, month);
                  return Object.assign(q, { text: c.rp(q.payable, "id") });
                })));
                """;
            var output = await Node(harness);
            return JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static async Task<string> Node(string harness)
    {
        var (exit, output, error) = await ExternalTools.RunAsync(ExternalTools.Node(), ["-e", harness], Path.GetTempPath(), TimeSpan.FromSeconds(30));
        Assert.True(exit == 0, $"node failed ({exit}): {error}");
        return output;
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"data-iuran\">(.*?)</script>")]
    private static partial Regex DataBlock();
}
