using System.CommandLine;
using Jamsos.Outreach.Knowledge.Validation;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary><c>check-content</c>: validates the content folder and lists every problem; exit 1 on any.</summary>
internal sealed class CheckContentCommand : ContentCommand
{
    private readonly Option<int?> maxAgeDays = CliOptions.WholeNumber(
        "--max-age-days", "How old a fact's last check may be, in days (default 365)", 0, int.MaxValue, "--max-age-days needs a whole number of days");

    public CheckContentCommand(CliContext context)
        : base("check-content", "Validates content/ and lists every problem; exits 1 if there is any", context)
    {
        Options.Add(maxAgeDays);
    }

    protected override async Task<int> RunAsync(ParseResult parse, CancellationToken stop)
    {
        var contentRoot = ContentRoot(parse);
        var options = new ContentCheckOptions { Today = Today(parse), MaxCheckedAgeDays = parse.GetValue(maxAgeDays) ?? 365 };
        var problems = ContentValidator.Check(contentRoot, options);
        if (problems.Count == 0)
        {
            await Context.Output.WriteLineAsync($"content OK: {contentRoot}").ConfigureAwait(false);
            return CliContext.ExitOk;
        }

        await Context.Error.WriteLineAsync($"content has {problems.Count} problem(s):").ConfigureAwait(false);
        foreach (var problem in problems)
        {
            await Context.Error.WriteLineAsync("  " + problem).ConfigureAwait(false);
        }

        return CliContext.ExitFailed;
    }
}
