using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Content;

/// <summary>Loading a small temporary content folder: the real data plus FAQ files written by the test.</summary>
public sealed class ContentLoaderTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void TryLoad_ValidFixture_LoadsWithoutErrors()
    {
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh"));

        var (knowledge, errors) = ContentLoader.TryLoad(content.Root);

        Assert.True(knowledge is not null && errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void TryLoad_ValidFixture_ResolvesPlaceholdersInSummary()
    {
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh", summary: "Iuran paling murah {{ iuran.minimum }} per bulan."));

        var (knowledge, _) = ContentLoader.TryLoad(content.Root);

        Assert.Equal("Iuran paling murah Rp16.800 per bulan.", knowledge?.Find("contoh", Language.Id)?.Summary);
    }

    [Fact]
    public void TryLoad_Prompt_IsKeptApartFromTheSummary()
    {
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh", summary: "Iuran mulai {{ iuran.minimum }}.", prompt: "Ketik penghasilan Anda per bulan."));

        var (knowledge, _) = ContentLoader.TryLoad(content.Root);

        Assert.Equal(("Iuran mulai Rp16.800.", "Ketik penghasilan Anda per bulan."), (knowledge?.Find("contoh", Language.Id)?.Summary, knowledge?.Find("contoh", Language.Id)?.Prompt));
    }

    [Fact]
    public void TryLoad_SummaryAndPromptTogetherTooLong_ReportsSummary()
    {
        var file = content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh", summary: new string('a', 650), prompt: new string('b', 60)));

        var (_, errors) = ContentLoader.TryLoad(content.Root);

        Assert.Contains(errors, e => e.File == file && e.Key == "summary" && e.Message.Contains("summary and prompt", StringComparison.Ordinal));
    }

    [Fact]
    public void TryLoad_UnknownPlaceholder_ReportsFileLineAndKey()
    {
        var file = content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh", summary: "Iuran {{ iuran.nope }} per bulan."));

        var (_, errors) = ContentLoader.TryLoad(content.Root);

        Assert.Contains(errors, e => e.File == file && e.Line == FaqText.SummaryLine && e.Key == "iuran.nope");
    }

    [Fact]
    public void TryLoad_UnknownPlaceholder_ReturnsNoKnowledgeBase()
    {
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh", summary: "Iuran {{ iuran.nope }} per bulan."));

        var (knowledge, _) = ContentLoader.TryLoad(content.Root);

        Assert.Null(knowledge);
    }

    [Fact]
    public void Load_UnknownPlaceholder_ThrowsNamingFileLineAndKey()
    {
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh", summary: "Iuran {{ iuran.nope }} per bulan."));

        var exception = Assert.Throws<ContentException>(() => ContentLoader.Load(content.Root));

        Assert.Contains($"faq/umum/contoh.id.md:{FaqText.SummaryLine}: iuran.nope", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_DuplicateId_ReportsDuplicate()
    {
        content.WriteFaq("umum", "kembar.id.md", FaqText.Entry("kembar"));
        content.WriteFaq("iuran", "kembar.id.md", FaqText.Entry("kembar"));

        var (_, errors) = ContentLoader.TryLoad(content.Root);

        Assert.Contains(errors, e => e.Key == "id" && e.Message.Contains("duplicate id 'kembar'", StringComparison.Ordinal));
    }

    [Fact]
    public void TryLoad_FrontMatterYamlSyntaxError_ReportsFileAndLine()
    {
        var file = content.WriteFaq("umum", "rusak.id.md", FaqText.Entry("rusak", title: "dua: titik dua"));

        var (_, errors) = ContentLoader.TryLoad(content.Root);

        Assert.Contains(errors, e => e.File == file && e.Line == FaqText.TitleLine);
    }

    [Fact]
    public void TryLoad_FrontMatterWithUnclosedBracket_ReportsFileName()
    {
        var file = content.WriteFaq("umum", "rusak.id.md", FaqText.Entry("rusak", title: "[tidak ditutup"));

        var (_, errors) = ContentLoader.TryLoad(content.Root);

        Assert.Contains(errors, e => e.File == file);
    }

    [Fact]
    public void TryLoad_FrontMatterNotClosed_ReportsFileName()
    {
        var file = content.WriteFaq("umum", "terbuka.id.md", "---\nid: terbuka\nintent: greeting\ntitle: Tanpa penutup\n");

        var (_, errors) = ContentLoader.TryLoad(content.Root);

        Assert.Contains(errors, e => e.File == file);
    }

    [Fact]
    public void TryLoad_SummaryOver700Characters_ReportsSummary()
    {
        var summary = string.Concat(Enumerable.Repeat("Kata panjang ", 60)).Trim();
        var file = content.WriteFaq("umum", "panjang.id.md", FaqText.Entry("panjang", summary: summary));

        var (_, errors) = ContentLoader.TryLoad(content.Root);

        Assert.Contains(errors, e => e.File == file && e.Key == "summary");
    }

    [Fact]
    public void TryLoad_SummaryOf700Characters_IsAccepted()
    {
        var summary = new string('a', 699) + ".";
        content.WriteFaq("umum", "pas.id.md", FaqText.Entry("pas", summary: summary));

        var (_, errors) = ContentLoader.TryLoad(content.Root);

        Assert.Empty(errors);
    }

    [Fact]
    public void TryLoad_UnknownIntent_ReportsIntentKey()
    {
        var file = content.WriteFaq("umum", "asing.id.md", FaqText.Entry("asing", intent: "weather_forecast"));

        var (_, errors) = ContentLoader.TryLoad(content.Root);

        Assert.Contains(errors, e => e.File == file && e.Key == "intent");
    }

    [Fact]
    public void TryLoad_IdNotMatchingFileName_ReportsId()
    {
        var file = content.WriteFaq("umum", "nama-file.id.md", FaqText.Entry("nama-lain"));

        var (_, errors) = ContentLoader.TryLoad(content.Root);

        Assert.Contains(errors, e => e.File == file && e.Key == "id");
    }

    [Fact]
    public void TryLoad_NotAContentFolder_ReportsError()
    {
        var empty = Path.Combine(content.Root, "faq");

        var (knowledge, errors) = ContentLoader.TryLoad(empty);

        Assert.True(knowledge is null && errors.Count == 1);
    }
}
