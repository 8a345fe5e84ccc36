using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Content;

/// <summary>content/asked/*.tsv: questions people asked, labelled with their entry, read as ranker training data.</summary>
public sealed class AskedQuestionReaderTests : IDisposable
{
    private readonly TempContent content = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public void TryLoad_AskedFile_ReadsQuestionsWithEntryAndLanguage()
    {
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh"));
        WriteAsked("id\tquestion\tentry\tlanguage\n" + "a1\tgimana contohnya?\tcontoh\tjv\n" + "a2\twhat is the example?\tcontoh\ten\n");

        var (knowledge, errors) = ContentLoader.TryLoad(content.Root);

        Assert.Equal(
            [new AskedQuestion("gimana contohnya?", "contoh", Language.Id), new AskedQuestion("what is the example?", "contoh", Language.En)],
            knowledge?.Asked ?? throw new InvalidOperationException(string.Join("\n", errors)));
    }

    [Fact]
    public void TryLoad_AskedRowWithUnknownEntry_ReportsFileLineAndKey()
    {
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh"));
        WriteAsked("question\tentry\n" + "gimana contohnya?\tcontoh\n" + "apa itu?\ttidak-ada\n");

        var (_, errors) = ContentLoader.TryLoad(content.Root);

        var error = Assert.Single(errors);
        Assert.Equal(("asked/questions.tsv", 3, "entry"), (error.File, error.Line, error.Key));
    }

    [Fact]
    public void TryLoad_NoAskedFolder_LoadsWithNoAskedQuestions()
    {
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh"));

        var (knowledge, _) = ContentLoader.TryLoad(content.Root);

        Assert.Empty(knowledge?.Asked ?? [new AskedQuestion("x", "y")]);
    }

    private void WriteAsked(string text)
    {
        var folder = Path.Combine(content.Root, AskedQuestionReader.Folder);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "questions.tsv"), text);
    }
}
