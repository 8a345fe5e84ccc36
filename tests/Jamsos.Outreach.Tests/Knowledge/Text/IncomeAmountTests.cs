using System.Globalization;
using System.Text.Json;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Text;

/// <summary>
/// <see cref="IncomeText"/> against the shared vectors (Fixtures/amounts/income_vectors.json); the site's
/// calculator.js runs the same file in CalculatorScriptTests.
/// </summary>
public sealed class IncomeAmountTests
{
    [Fact]
    public void TryParse_EveryVector_GivesItsRupiahOrItsProblem()
    {
        var mismatches = new List<string>();
        foreach (var vector in IncomeVector.Load())
        {
            var read = IncomeText.TryParse(vector.Input, out var rupiah, out var problem);
            var actual = read ? rupiah.ToString(CultureInfo.InvariantCulture) : problem.Code();
            if (actual != vector.Expected)
            {
                mismatches.Add($"{JsonSerializer.Serialize(vector.Input)}: expected {vector.Expected}, got {actual}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Vectors_CoverEveryProblem()
    {
        var codes = IncomeVector.Load().Select(v => v.Expected).ToHashSet(StringComparer.Ordinal);

        var missing = Enum.GetValues<IncomeProblem>().Where(p => p != IncomeProblem.None).Select(p => p.Code()).Where(c => !codes.Contains(c));

        Assert.Empty(missing);
    }

    [Fact]
    public void Message_EveryProblem_HasBothLanguages()
    {
        var empty = Enum.GetValues<IncomeProblem>()
            .Where(p => p != IncomeProblem.None)
            .SelectMany(p => new[] { Language.Id, Language.En }.Select(l => (p, l)))
            .Where(x => string.IsNullOrWhiteSpace(IncomeText.Message(x.p, x.l)));

        Assert.Empty(empty);
    }

    [Fact]
    public void TryParse_Null_HasNoNumber()
    {
        var read = IncomeText.TryParse(null, out _, out var problem);

        Assert.Equal((false, IncomeProblem.NoNumber), (read, problem));
    }
}

/// <summary>One line of Fixtures/amounts/income_vectors.json: the input and either its rupiah or its problem's code.</summary>
public sealed record IncomeVector(string Input, string Expected)
{
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Fixtures", "amounts", "income_vectors.json");

    public static List<IncomeVector> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(FilePath));
        var vectors = new List<IncomeVector>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var rupiah = item.GetProperty("rupiah");
            var expected = rupiah.ValueKind == JsonValueKind.Null
                ? item.TryGetProperty("problem", out var problem) ? problem.GetString()! : "rejected"
                : rupiah.GetDecimal().ToString(CultureInfo.InvariantCulture);
            vectors.Add(new IncomeVector(item.GetProperty("input").GetString()!, expected));
        }

        Assert.True(vectors.Count >= 50, $"{FilePath} holds only {vectors.Count} vectors");
        return vectors;
    }
}
