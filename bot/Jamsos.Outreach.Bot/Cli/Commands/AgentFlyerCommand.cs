using System.CommandLine;
using System.Globalization;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Staff.Agents;
using Jamsos.Outreach.Bot.Staff.Flyer;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>
/// <c>agent flyer --code CODE --output FILE [--size A5|A4] [--bot USERNAME] [--date YYYY-MM-DD] [--force]</c>:
/// the agent's printable one-page flyer as PDF (<see cref="FlyerRenderer"/>), with the amounts in force on
/// the print date and QR codes for the bot's deep link and the site. It names the agent, so it is written
/// owner-only like an export, and an existing file is replaced only with --force. When a discount shown
/// ends within <see cref="FlyerContentBuilder.EndingSoonDays"/> days of the print date, a warning line per
/// sector goes to standard error; the flyer is still written.
/// </summary>
internal sealed class AgentFlyerCommand : StaffCommand
{
    private readonly Option<string> code = AgentOptions.Code();

    private readonly Option<string> output = new("--output")
    {
        Description = "The PDF file to write",
        HelpName = "FILE",
        Required = true,
    };

    private readonly Option<FlyerSize> size = new("--size")
    {
        Description = "The paper: A5 (default) or A4",
        HelpName = "A5|A4",
        DefaultValueFactory = _ => FlyerSize.A5,
    };

    private readonly Option<string?> bot = AgentOptions.Bot();

    private readonly Option<DateOnly?> date = CliOptions.Date("--date", "The print date: the flyer shows the amounts in force on it (default: today in Jakarta)");

    private readonly Option<bool> force = AgentOptions.Force();

    public AgentFlyerCommand(CliContext context)
        : base("flyer", "Writes an agent's printable flyer (PDF) with QR codes for the bot and the site", context)
    {
        Options.Add(code);
        Options.Add(output);
        Options.Add(size);
        Options.Add(bot);
        Options.Add(date);
        Options.Add(force);
    }

    protected override async Task<int> RunAsync(ParseResult parse, IServiceProvider services, CancellationToken stop)
    {
        var wanted = parse.GetValue(code) ?? string.Empty;
        var path = parse.GetValue(output) ?? string.Empty;
        var agent = await services.GetRequiredService<IAgentStore>().FindByCodeAsync(wanted, stop).ConfigureAwait(false);
        if (agent is null)
        {
            await Context.Error.WriteLineAsync($"No agent has the code '{TextTable.Safe(wanted)}'; agent list shows the codes.").ConfigureAwait(false);
            return CliContext.ExitUsage;
        }

        var configuration = services.GetRequiredService<IConfiguration>();
        if (BotLinks.BotUsername(parse.GetValue(bot), configuration) is not { } username)
        {
            await Context.Error.WriteLineAsync("The flyer's QR code needs the bot's username: set Telegram__BotUsername or pass --bot.").ConfigureAwait(false);
            return CliContext.ExitUsage;
        }

        if (await OwnerOnlyOutput.RefusedAsync(Context, path, parse.GetValue(force)).ConfigureAwait(false))
        {
            return CliContext.ExitUsage;
        }

        var printDate = parse.GetValue(date) ?? ContributionCalculator.Today(Context.Clock);
        var request = new FlyerRequest(agent.Name, agent.Code, username, BotLinks.Site(configuration), parse.GetValue(size), printDate);
        var knowledge = services.GetRequiredService<KnowledgeBase>();
        byte[] pdf;
        try
        {
            pdf = new FlyerRenderer(knowledge).Render(request);
        }
        catch (ArgumentException ex)
        {
            // FlyerRequest.Validate names the bad field in one sentence (a bot username with a space, say).
            await Context.Error.WriteLineAsync(ex.Message.Split(" (Parameter", 2)[0]).ConfigureAwait(false);
            return CliContext.ExitUsage;
        }

        var exit = await OwnerOnlyOutput.WriteAsync(Context, path, pdf, "flyer", stop).ConfigureAwait(false);
        if (exit == CliContext.ExitOk)
        {
            await Context.Output.WriteLineAsync(
                $"Flyer for {TextTable.Safe(agent.Name)} ({agent.Code}), {request.Size}, amounts as of {printDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, written to {path}").ConfigureAwait(false);
            await Context.Output.WriteLineAsync("Its QR code opens " + request.DeepLink).ConfigureAwait(false);

            // The sheet is handed out for weeks: a discount ending soon after the print date makes its amount old news.
            foreach (var period in new FlyerContentBuilder(knowledge).EndingSoon(printDate))
            {
                var end = ValueFormatter.Date(period.LastDay, Language.En);
                var who = period.Sector == Sector.Transport ? "transport (ojol, opang, drivers, couriers)" : "sectors other than transport";
                await Context.Error.WriteLineAsync(
                    $"Warning: the {period.Regulation} discount for {who} ends on {end}, " +
                    $"within {FlyerContentBuilder.EndingSoonDays} days of the print date; the flyer says what is paid after it, but print a new one after {end}.").ConfigureAwait(false);
            }
        }

        return exit;
    }
}
