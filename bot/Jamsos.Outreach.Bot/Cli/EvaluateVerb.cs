using System.Globalization;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Evaluation;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// <c>evaluate</c>: the answer engine's yardstick. Prints, for every evaluation set (the frozen test
/// half first), intent and entry accuracy, top-3 recall, the confidently-wrong rate and coverage,
/// beside a plain BM25 baseline from the same run, per language, and a k-fold cross-validation over
/// the content's own variants. <c>--fit</c> refits the blend weights and the threshold on held-out data.
/// </summary>
internal static class EvaluateVerb
{
    public static async Task<int> RunAsync(string contentRoot, CliArguments args, DateOnly today, TextWriter output, TimeProvider clock)
    {
        var started = clock.GetTimestamp();
        var knowledge = ContentLoader.Load(contentRoot);
        var loaded = clock.GetElapsedTime(started);
        var answerer = new Answerer(knowledge, clock);
        var trained = clock.GetElapsedTime(started) - loaded;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"content: {knowledge.Entries.Count} entries loaded in {loaded.TotalMilliseconds:0} ms; ranker trained in {trained.TotalMilliseconds:0} ms ({answerer.RankerFeatureCount} features)")).ConfigureAwait(false);
        var folder = args.Options.GetValueOrDefault("eval") ?? DefaultFolder(answerer.Knowledge.Root);
        if (!Directory.Exists(folder))
        {
            await output.WriteLineAsync($"no evaluation folder at {folder} (use --eval DIR)").ConfigureAwait(false);
            return 2;
        }

        var folds = args.Int("folds") ?? 5;
        if (args.Flags.Contains("fit"))
        {
            EvaluationReport.WriteFit(output, answerer, folder, folds);
            return 0;
        }

        var report = EvaluationReport.Run(answerer, folder, today, folds);
        report.Write(output, perLanguage: true, misses: args.Explain);
        return 0;
    }

    /// <summary>The sets live beside the tests that hold the floors: tests/…/Fixtures/eval next to content/.</summary>
    private static string DefaultFolder(string contentRoot) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar))!, "tests", "Jamsos.Outreach.Tests", "Fixtures", "eval");
}
