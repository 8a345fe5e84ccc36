using System.CommandLine;
using System.Globalization;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Ranking;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>
/// <c>train-ranker</c>: trains the answer engine's ranker for the content and writes it to a folder (by default
/// the <see cref="RankerCache.ShippedFolderName"/> folder beside the program), keeping only that one file. The
/// bot's project file runs it after every build and publish, so the first process of a build loads the ranker
/// instead of training it (start-up budget 1.5 s); a folder that already holds the ranker of this content and
/// engine is left as it is. Exit 1 when the file could not be written.
/// </summary>
internal sealed class TrainRankerCommand : ContentCommand
{
    private readonly Option<string?> output = new("--out")
    {
        Description = "The folder to write the trained ranker to (default: ranker/ beside the program)",
        HelpName = "DIR",
    };

    public TrainRankerCommand(CliContext context)
        : base("train-ranker", "Trains the answer ranker for the content and writes it beside the program (run by the build)", context)
    {
        Options.Add(output);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken stop)
    {
        var folder = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(AppContext.BaseDirectory, RankerCache.ShippedFolderName));
        var knowledge = ContentLoader.Load(ContentRoot(parse));
        var started = Context.Clock.GetTimestamp();
        var cache = new RankerCache(folder) { Kept = 1 };
        var answerer = new Answerer(knowledge, Context.Clock, new AnswerOptions { RankerCache = cache });
        var elapsed = Context.Clock.GetElapsedTime(started);
        var key = answerer.RankerCacheName!;
        if (!File.Exists(cache.PathOf(key)))
        {
            await Context.Error.WriteLineAsync($"The ranker could not be written to {folder}: the bot will train it at start-up instead.").ConfigureAwait(false);
            return CliContext.ExitFailed;
        }

        var what = answerer.RankerFromCache ? "already up to date" : string.Create(CultureInfo.InvariantCulture, $"trained in {elapsed.TotalMilliseconds:0} ms");
        await Context.Output.WriteLineAsync($"ranker {what}: {cache.PathOf(key)} ({answerer.RankerFeatureCount} features)").ConfigureAwait(false);
        return CliContext.ExitOk;
    }
}
