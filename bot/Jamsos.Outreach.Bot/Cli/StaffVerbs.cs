using Jamsos.Outreach.Bot.Core.Staff;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// Staff tools on the same database as the bot: <c>export --format csv|jsonl [--since DATE] [--region NAME]
/// [--output FILE]</c>, <c>stats</c>, <c>unanswered</c>.
/// </summary>
internal static class StaffVerbs
{
    public static async Task<int> RunAsync(string verb, CliArguments args, TextWriter output, TimeProvider clock)
    {
        using var host = BotHost.CreateBuilder([], clock).Build();
        var services = host.Services;
        await services.GetRequiredService<IStorageCheck>().CheckAsync().ConfigureAwait(false);
        var signUps = services.GetRequiredService<ISignUpStore>();
        string text;
        switch (verb)
        {
            case "export":
                var since = args.Date("since") is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
                var rows = await signUps.ListAsync(since, args.Options.GetValueOrDefault("region")).ConfigureAwait(false);
                text = args.Options.GetValueOrDefault("format", "csv") == "jsonl" ? StaffReports.JsonLines(rows) : StaffReports.Csv(rows);
                if (args.Options.TryGetValue("output", out var file))
                {
                    await File.WriteAllTextAsync(file, text).ConfigureAwait(false);
                    await output.WriteLineAsync($"{rows.Count} sign-up(s) written to {file}").ConfigureAwait(false);
                    return 0;
                }

                break;
            case "stats":
                text = StaffReports.Stats(
                    await signUps.ListAsync().ConfigureAwait(false),
                    await services.GetRequiredService<IFeedbackStore>().ListAsync().ConfigureAwait(false),
                    await services.GetRequiredService<IUnansweredStore>().ListAsync().ConfigureAwait(false));
                break;
            default:
                text = StaffReports.Unanswered(await services.GetRequiredService<IUnansweredStore>().ListAsync().ConfigureAwait(false));
                break;
        }

        await output.WriteAsync(text).ConfigureAwait(false);
        return 0;
    }
}
