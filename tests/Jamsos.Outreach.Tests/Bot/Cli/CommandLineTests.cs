using System.Text.Json;
using Jamsos.Outreach.Bot.Cli;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Cli;

/// <summary>The CLI verbs end to end, with in-memory standard streams and a fixed clock.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class CommandLineTests
{
    private static readonly string[] Verbs = ["run", "ask", "evaluate", "check-content", "train-ranker", "export", "stats", "unanswered", "broadcast", "agent"];

    private static readonly string[] AgentVerbs = ["add", "list", "flyer", "stats"];

    private static readonly string[] AskLineKeys = ["answer", "confidence", "entry", "intent", "question", "related", "suggestions"];

    private readonly KnowledgeFixture fixture;

    public CommandLineTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public async Task RunAsync_AskWithQuestion_PrintsAnswerWithNormalPrice()
    {
        var run = await RunAsync(["ask", "--today", "2026-11-21", "--content", fixture.Root, "brp iuran bpjs tk buat ojol?"]);

        Assert.Contains("Rp16.800", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AskWithQuestion_ExitsZero()
    {
        var run = await RunAsync(["ask", "--today", "2026-11-21", "--content", fixture.Root, "brp iuran bpjs tk buat ojol?"]);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task RunAsync_AskWithTodayAfterDiscount_PrintsNoDiscountedPrice()
    {
        var run = await RunAsync(["ask", "--today", "2027-06-01", "--content", fixture.Root, "brp iuran bpjs tk buat ojol?"]);

        Assert.DoesNotContain("Rp8.400", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AskWithLangEn_AnswersInEnglish()
    {
        var run = await RunAsync(["ask", "--today", "2026-11-21", "--lang", "en", "--content", fixture.Root, "brp iuran bpjs tk buat ojol?"]);

        Assert.Contains("Rp16,800", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AskWithoutQuestion_WritesOneJsonLinePerInputLine()
    {
        var run = await RunAsync(["ask", "--today", "2026-11-21", "--content", fixture.Root], "brp iuran bpjs tk buat ojol?\nhalo min\n");

        Assert.Equal(2, JsonLines(run.Out).Count);
    }

    [Fact]
    public async Task RunAsync_AskWithoutQuestion_EachLineHasExactlyTheDocumentedKeys()
    {
        var run = await RunAsync(["ask", "--today", "2026-11-21", "--content", fixture.Root], "brp iuran bpjs tk buat ojol?\nqwerty asdf zxcv\n");

        Assert.All(JsonLines(run.Out), line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(AskLineKeys, json.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public async Task RunAsync_AskWithoutQuestion_LinesCarryIntentOfEachQuestion()
    {
        var run = await RunAsync(["ask", "--today", "2026-11-21", "--content", fixture.Root], "brp iuran bpjs tk buat ojol?\nhalo min\n");

        var intents = JsonLines(run.Out).Select(l => StringProperty(l, "intent"));

        Assert.Equal(["contribution_amount", "greeting"], intents);
    }

    [Fact]
    public async Task RunAsync_AskWithoutQuestion_EscapesMarkupInJson()
    {
        var run = await RunAsync(["ask", "--today", "2026-11-21", "--content", fixture.Root], "<script>alert(1)</script>\n");

        Assert.DoesNotContain("<script>", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CheckContentOnRealContent_ExitsZero()
    {
        var run = await RunAsync(["check-content", "--today", "2026-11-21", "--content", fixture.Root]);

        Assert.True(run.ExitCode == 0, run.Err);
    }

    [Fact]
    public async Task RunAsync_CheckContentOnBrokenFolder_ExitsNonZero()
    {
        using var content = new TempContent();
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh", summary: "Iuran {{ iuran.nope }} per bulan."));

        var run = await RunAsync(["check-content", "--today", "2026-11-21", "--content", content.Root]);

        Assert.NotEqual(0, run.ExitCode);
    }

    [Fact]
    public async Task RunAsync_CheckContentOnBrokenFolder_PrintsTheFileName()
    {
        using var content = new TempContent();
        content.WriteFaq("umum", "contoh.id.md", FaqText.Entry("contoh", summary: "Iuran {{ iuran.nope }} per bulan."));

        var run = await RunAsync(["check-content", "--today", "2026-11-21", "--content", content.Root]);

        Assert.Contains("faq/umum/contoh.id.md", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TrainRanker_WritesOnlyThisContentsRankerAndThenFindsItUpToDate()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jamsos-train-ranker-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(folder);
            var stale = Path.Combine(folder, "0000-an-older-build.ranker");
            File.WriteAllText(stale, "an older build's ranker");
            File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddDays(-1));

            var first = await RunAsync(["train-ranker", "--content", fixture.Root, "--out", folder]);
            var second = await RunAsync(["train-ranker", "--content", fixture.Root, "--out", folder]);

            Assert.True(first.ExitCode == 0, first.Err);
            Assert.Contains("trained in", first.Out, StringComparison.Ordinal);
            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".ranker", file, StringComparison.Ordinal);
            Assert.True(second.ExitCode == 0, second.Err);
            Assert.Contains("already up to date", second.Out, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(file), second.Out, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_TrainRankerIntoAFolderThatCannotBeMade_ExitsOneSayingTheBotWillTrainAtStartUp()
    {
        var blocker = Path.Combine(Path.GetTempPath(), "jamsos-train-ranker-blocker-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(blocker, "a file, not a folder");
        try
        {
            var run = await RunAsync(["train-ranker", "--content", fixture.Root, "--out", Path.Combine(blocker, "ranker")]);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("train it at start-up", run.Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task RunAsync_UnknownOption_ExitsTwo()
    {
        var run = await RunAsync(["ask", "--bogus", "brp iuran"]);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task RunAsync_UnknownOption_NamesItOnStandardError()
    {
        var run = await RunAsync(["ask", "--bogus", "brp iuran"]);

        Assert.Contains("--bogus", run.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("21-11-2026")]
    public async Task RunAsync_InvalidToday_ExitsTwo(string today)
    {
        var run = await RunAsync(["ask", "--today", today, "brp iuran"]);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task RunAsync_UnknownVerb_ExitsTwo()
    {
        var run = await RunAsync(["fly", "--content", fixture.Root]);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task RunAsync_ContentFolderMissing_ExitsTwo()
    {
        var run = await RunAsync(["ask", "--content", Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid().ToString("N")), "halo"]);

        Assert.Equal(2, run.ExitCode);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public async Task RunAsync_Help_ListsEveryVerb(string help)
    {
        var run = await RunAsync([help]);

        var missing = Verbs.Where(verb => !run.Out.Contains("  " + verb + " ", StringComparison.Ordinal));

        Assert.Equal((0, string.Empty), (run.ExitCode, string.Join(", ", missing)));
    }

    [Fact]
    public async Task RunAsync_AskHelp_NamesItsOptions()
    {
        var run = await RunAsync(["ask", "--help"]);

        Assert.Equal((0, true, true), (run.ExitCode, run.Out.Contains("--lang", StringComparison.Ordinal), run.Out.Contains("--content", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_AgentHelp_ListsItsSubVerbs()
    {
        var run = await RunAsync(["agent", "--help"]);

        var missing = AgentVerbs.Where(verb => !run.Out.Contains("  " + verb + " ", StringComparison.Ordinal));

        Assert.Equal((0, string.Empty), (run.ExitCode, string.Join(", ", missing)));
    }

    [Fact]
    public async Task RunAsync_QuestionStartingWithAt_IsAQuestionNotAResponseFile()
    {
        var run = await RunAsync(["ask", "--today", "2026-11-21", "--content", fixture.Root, "@admin brp iuran bpjs tk buat ojol?"]);

        Assert.Equal((0, true), (run.ExitCode, run.Out.Contains("Rp16.800", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_QuestionAfterDoubleDash_MayStartWithDashes()
    {
        var run = await RunAsync(["ask", "--today", "2026-11-21", "--content", fixture.Root, "--", "--bogus", "brp iuran bpjs tk buat ojol?"]);

        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData("ask", "--today")]
    [InlineData("fly", "--content")]
    [InlineData("export", "--format", "xml")]
    [InlineData("broadcast")]
    public async Task RunAsync_BadCommandLine_ExitsTwoWithOneLineAndNoStackTrace(params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal((2, 1, false), (run.ExitCode, run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, run.Err.Contains("   at ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RunAsync_UnknownVerb_NamesIt()
    {
        var run = await RunAsync(["fly"]);

        Assert.Contains("'fly'", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SuggestDirective_CompletesAVerb()
    {
        var run = await RunAsync(["[suggest]", "check"]);

        Assert.Equal((0, "check-content"), (run.ExitCode, run.Out.Trim()));
    }

    private static async Task<(int ExitCode, string Out, string Err)> RunAsync(string[] args, string input = "")
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await CommandLine.RunAsync(args, stdin, stdout, stderr, TestClock.At(KnowledgeFixture.Today));
        return (exitCode, stdout.ToString(), stderr.ToString());
    }

    private static string? StringProperty(string jsonLine, string name)
    {
        using var json = JsonDocument.Parse(jsonLine);
        return json.RootElement.GetProperty(name).GetString();
    }

    private static List<string> JsonLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
