using System.CommandLine;
using System.Globalization;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Evaluation;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>
/// <c>evaluate</c>: the answer engine's yardstick. Prints, for every evaluation set (the frozen test
/// half first), intent and entry accuracy, top-3 recall, the confidently-wrong rate and coverage,
/// beside a plain BM25 baseline from the same run, per language, and a k-fold cross-validation over
/// the content's own variants. <c>--fit</c> refits the blend weights and the threshold on held-out data.
/// </summary>
internal sealed class EvaluateCommand : ContentCommand
{
    private readonly Option<int?> folds = CliOptions.WholeNumber(
        "--folds", "The folds of the cross-validation (default 5)", 2, 20, "--folds needs a whole number from 2 to 20");

    private readonly Option<string?> evaluationFolder = new("--eval")
    {
        Description = "The folder of evaluation sets (default: tests/Jamsos.Outreach.Tests/Fixtures/eval beside content/)",
        HelpName = "DIR",
    };

    private readonly Option<bool> explain = CliOptions.Explain("Also list the misses of the sets that were tuned on (never the frozen test half, nor a batch not yet learned from)");

    private readonly Option<bool> fit = new("--fit")
    {
        Description = "Refit the blend weights and the threshold on held-out data (never the frozen test half, nor a batch not yet learned from)",
    };

    private readonly Option<bool> developmentOnly = new("--dev-only")
    {
        Description = "Skip the frozen test half: the figures to make choices on (development sets out-of-fold, cross-validation)",
    };

    private readonly Option<string?> outcomes = new("--outcomes")
    {
        Description = "Also write one line per development question (never the frozen half) to FILE, to diff two runs",
        HelpName = "FILE",
    };

    public EvaluateCommand(CliContext context)
        : base("evaluate", "The answer engine's figures on every evaluation set beside a plain BM25 baseline, per language, with K-fold cross-validation", context)
    {
        Options.Add(folds);
        Options.Add(evaluationFolder);
        Options.Add(explain);
        Options.Add(fit);
        Options.Add(developmentOnly);
        Options.Add(outcomes);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken stop)
    {
        var output = Context.Output;
        var clock = Context.Clock;
        var started = clock.GetTimestamp();
        var knowledge = ContentLoader.Load(ContentRoot(parse));
        var loaded = clock.GetElapsedTime(started);
        var answerer = new Answerer(knowledge, clock);
        var trained = clock.GetElapsedTime(started) - loaded;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"content: {knowledge.Entries.Count} entries loaded in {loaded.TotalMilliseconds:0} ms; ranker {(answerer.RankerFromCache ? "loaded from its cache" : "trained")} in {trained.TotalMilliseconds:0} ms ({answerer.RankerFeatureCount} features)")).ConfigureAwait(false);
        var folder = parse.GetValue(evaluationFolder) ?? DefaultFolder(answerer.Knowledge.Root);
        if (!Directory.Exists(folder))
        {
            await output.WriteLineAsync($"no evaluation folder at {folder} (use --eval DIR)").ConfigureAwait(false);
            return CliContext.ExitUsage;
        }

        var foldCount = parse.GetValue(folds) ?? 5;
        if (parse.GetValue(fit))
        {
            EvaluationReport.WriteFit(output, answerer, folder, foldCount);
            return CliContext.ExitOk;
        }

        var report = EvaluationReport.Run(answerer, folder, Today(parse), foldCount, parse.GetValue(developmentOnly));
        report.Write(output, perLanguage: true, misses: parse.GetValue(explain));
        if (parse.GetValue(outcomes) is { } file)
        {
            using var lines = new StringWriter(CultureInfo.InvariantCulture);
            report.WriteOutcomes(lines);
            await File.WriteAllTextAsync(file, lines.ToString(), stop).ConfigureAwait(false);
        }
        return CliContext.ExitOk;
    }

    /// <summary>The sets live beside the tests that hold the floors: tests/…/Fixtures/eval next to content/.</summary>
    private static string DefaultFolder(string contentRoot) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar))!, "tests", "Jamsos.Outreach.Tests", "Fixtures", "eval");
}
