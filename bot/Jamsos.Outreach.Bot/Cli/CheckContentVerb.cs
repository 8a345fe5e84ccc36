using Jamsos.Outreach.Knowledge.Validation;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary><c>check-content</c>: validates the content folder and lists every problem; non-zero exit on any.</summary>
internal static class CheckContentVerb
{
    public static async Task<int> RunAsync(string contentRoot, CliArguments args, DateOnly today, TextWriter output, TextWriter error)
    {
        var options = new ContentCheckOptions { Today = today, MaxCheckedAgeDays = args.MaxAgeDays ?? 365 };
        var problems = ContentValidator.Check(contentRoot, options);
        if (problems.Count == 0)
        {
            await output.WriteLineAsync($"content OK: {contentRoot}").ConfigureAwait(false);
            return 0;
        }

        await error.WriteLineAsync($"content has {problems.Count} problem(s):").ConfigureAwait(false);
        foreach (var problem in problems)
        {
            await error.WriteLineAsync("  " + problem).ConfigureAwait(false);
        }

        return 1;
    }
}
