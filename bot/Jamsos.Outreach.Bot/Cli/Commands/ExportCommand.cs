using System.CommandLine;
using System.Text;
using Jamsos.Outreach.Bot.Core.Staff;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>
/// <c>export [--format csv|jsonl] [--since DATE] [--region NAME] [--output FILE [--force]]</c>: the sign-ups,
/// for staff. A file is personal data: it is written readable by its owner only (0600 on Unix), through a
/// temporary file moved into place, so a full disk never leaves half an export; an existing file is
/// replaced only with --force (exit 2 without it); an I/O error is one sentence and exit 1.
/// </summary>
internal sealed class ExportCommand : StaffCommand
{
    private readonly Option<string> format = new Option<string>("--format")
    {
        Description = "csv (default) or jsonl",
        DefaultValueFactory = _ => "csv",
    }.AcceptOnlyFromAmong("csv", "jsonl");

    private readonly Option<DateOnly?> since = CliOptions.Date("--since", "Only sign-ups from this date on (UTC)");

    private readonly Option<string?> region = new("--region")
    {
        Description = "Only sign-ups from this region, as written in the sign-up (e.g. \"Kota Serang\")",
        HelpName = "NAME",
    };

    private readonly Option<string?> file = new("--output")
    {
        Description = "Write to this file instead of standard output",
        HelpName = "FILE",
    };

    private readonly Option<bool> force = new("--force")
    {
        Description = "Replace the --output file when it exists",
    };

    public ExportCommand(CliContext context)
        : base("export", "Exports the sign-ups from the bot's database (Storage__ConnectionString)", context)
    {
        Options.Add(format);
        Options.Add(since);
        Options.Add(region);
        Options.Add(file);
        Options.Add(force);
    }

    protected override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken stop)
    {
        var from = parse.GetValue(since) is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var rows = await services.GetRequiredService<ISignUpStore>().ListAsync(from, parse.GetValue(region), stop).ConfigureAwait(false);
        var text = parse.GetValue(format) == "jsonl" ? StaffReports.JsonLines(rows) : StaffReports.Csv(rows);
        if (parse.GetValue(file) is { } path)
        {
            if (await OwnerOnlyOutput.RefusedAsync(Context, path, parse.GetValue(force)).ConfigureAwait(false))
            {
                return CliContext.ExitUsage;
            }

            if (await OwnerOnlyOutput.WriteAsync(Context, path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text), "export", stop).ConfigureAwait(false) is var exit
                && exit != CliContext.ExitOk)
            {
                return exit;
            }

            await Context.Output.WriteLineAsync($"{rows.Count} sign-up(s) written to {path}").ConfigureAwait(false);
            return CliContext.ExitOk;
        }

        await Context.Output.WriteAsync(text).ConfigureAwait(false);
        return CliContext.ExitOk;
    }
}
