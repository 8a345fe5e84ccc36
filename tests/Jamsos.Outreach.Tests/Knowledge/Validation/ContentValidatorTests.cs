using Jamsos.Outreach.Knowledge.Validation;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Validation;

/// <summary>check-content's rules beyond loading, on small temporary content folders.</summary>
public sealed class ContentValidatorTests : IDisposable
{
    private static readonly ContentCheckOptions Options = new() { Today = KnowledgeFixture.Today, MaxCheckedAgeDays = 365 };

    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void Check_MissingEnglishTwin_ReportsTheIndonesianFile()
    {
        var file = content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh"));

        var errors = ContentValidator.Check(content.Root, Options);

        Assert.Contains(errors, e => e.File == file && e.Message.Contains("English twin", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_MissingIndonesianTwin_ReportsTheEnglishFile()
    {
        var file = content.WriteFaq("umum", "contoh.en.md", FaqText.Entry("contoh"));

        var errors = ContentValidator.Check(content.Root, Options);

        Assert.Contains(errors, e => e.File == file && e.Message.Contains("Indonesian twin", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BothTwinsPresent_ReportsNoTwinProblem()
    {
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh"));
        content.WriteFaq("umum", "contoh.en.md", FaqText.Entry("contoh"));

        var errors = ContentValidator.Check(content.Root, Options);

        Assert.DoesNotContain(errors, e => e.Message.Contains("twin", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CheckedOlderThanMaxAge_ReportsStaleEntry()
    {
        var file = content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh", checkedDate: "2025-11-20"));

        var errors = ContentValidator.Check(content.Root, Options);

        Assert.Contains(errors, e => e.File == file && e.Key == "checked");
    }

    [Fact]
    public void Check_CheckedExactlyMaxAgeDaysAgo_IsNotStale()
    {
        var file = content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh", checkedDate: "2025-11-21"));

        var errors = ContentValidator.Check(content.Root, Options);

        Assert.DoesNotContain(errors, e => e.File == file && e.Key == "checked");
    }

    [Fact]
    public void Check_ShorterMaxAge_ReportsDataValuesAsStale()
    {
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh"));
        var options = new ContentCheckOptions { Today = new DateOnly(2028, 1, 1), MaxCheckedAgeDays = 30 };

        var errors = ContentValidator.Check(content.Root, options);

        Assert.Contains(errors, e => e.File == "data" && e.Key == "iuran.jkm_flat" && e.Message.Contains("older than 30 days", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SummaryOver700Characters_ReportsSummary()
    {
        var summary = string.Concat(Enumerable.Repeat("Kata panjang ", 60)).Trim();
        var file = content.WriteFaq("umum", "panjang.id.md", FaqText.Entry("panjang", summary: summary));

        var errors = ContentValidator.Check(content.Root, Options);

        Assert.Contains(errors, e => e.File == file && e.Key == "summary");
    }

    [Fact]
    public void Check_LiveTextPushesSummaryOver700_ReportsSummary()
    {
        var summary = new string('a', 560) + " {{ live.discount_status }}";
        var file = content.WriteFaq("umum", "hidup.id.md", FaqText.Entry("hidup", summary: summary));

        var errors = ContentValidator.Check(content.Root, Options);

        Assert.Contains(errors, e => e.File == file && e.Key == "summary");
    }

    [Fact]
    public void Check_FrontMatterYamlSyntaxError_ReportsFileName()
    {
        var file = content.WriteFaq("umum", "rusak.id.md", FaqText.Entry("rusak", title: "dua: titik dua"));

        var errors = ContentValidator.Check(content.Root, Options);

        Assert.Contains(errors, e => e.File == file);
    }

    [Fact]
    public void Check_FrontMatterWithUnclosedBracket_ReportsFileName()
    {
        var file = content.WriteFaq("umum", "rusak.id.md", FaqText.Entry("rusak", title: "[tidak ditutup"));

        var errors = ContentValidator.Check(content.Root, Options);

        Assert.Contains(errors, e => e.File == file);
    }

    [Fact]
    public void Check_IntentWithoutEntries_ReportsCoverage()
    {
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh"));
        content.WriteFaq("umum", "contoh.en.md", FaqText.Entry("contoh"));

        var errors = ContentValidator.Check(content.Root, Options);

        Assert.Contains(errors, e => e.Key == "jkm_claim" && e.Message.Contains("no id entry", StringComparison.Ordinal));
    }
}
