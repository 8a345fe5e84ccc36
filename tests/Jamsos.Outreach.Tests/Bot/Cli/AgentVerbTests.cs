using System.Text.RegularExpressions;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Tests.Bot.Storage;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Cli;

/// <summary>`agent add`, `agent list` and `agent stats` over a real database (issue 16, point 2).</summary>
[Collection(EnvironmentCollectionDefinition.Name)]
public sealed partial class AgentVerbTests : IDisposable
{
    private readonly StaffDatabase database = new();

    [Fact]
    public async Task AgentAdd_WithBot_PrintsANewCodeAndItsDeepLink()
    {
        var (exit, output, _) = await database.RunAsync("agent", "add", "--name", "Siti Nurhaliza", "--region", "Kota Serang", "--bot", "@JamsosOutreachBot");

        var code = Assert.Single(await database.AgentsAsync()).Code;
        Assert.Equal((0, true, true), (exit, output.Contains("Referral code: " + code, StringComparison.Ordinal),
            output.Contains("https://t.me/JamsosOutreachBot?start=ref_" + code, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AgentAdd_Always_StoresASixCharacterCodeWithNameRegionAndTime()
    {
        await database.RunAsync("agent", "add", "--name", " Siti Nurhaliza ", "--region", "Kota Serang");

        var agent = Assert.Single(await database.AgentsAsync());
        Assert.Equal((true, "Siti Nurhaliza", "Kota Serang", database.Clock.GetUtcNow()), (SixCharacterCode().IsMatch(agent.Code), agent.Name, agent.Region, agent.CreatedAt));
    }

    [Fact]
    public async Task AgentAdd_BotUsernameFromConfiguration_PrintsTheDeepLink()
    {
        Environment.SetEnvironmentVariable("Telegram__BotUsername", "JamsosBot");

        var (_, output, _) = await database.RunAsync("agent", "add", "--name", "Budi", "--region", "Lebak");

        Assert.Contains("Deep link: https://t.me/JamsosBot?start=ref_", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentAdd_NoBotUsername_PrintsTheCodeAndSaysTheLinkNeedsTheUsername()
    {
        var (exit, output, _) = await database.RunAsync("agent", "add", "--name", "Budi", "--region", "Lebak");

        Assert.Equal((0, false, true), (exit, output.Contains("https://", StringComparison.Ordinal), output.Contains("--bot", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AgentAdd_TheSameAgentTwice_GetsTwoDifferentCodes()
    {
        await database.RunAsync("agent", "add", "--name", "Budi", "--region", "Lebak");
        await database.RunAsync("agent", "add", "--name", "Budi", "--region", "Lebak");

        var codes = (await database.AgentsAsync()).Select(a => a.Code).ToList();
        Assert.Equal(2, codes.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task AgentAdd_NameLongerThanTheFlyerFits_RefusesWithExitTwo()
    {
        var (exit, _, error) = await database.RunAsync("agent", "add", "--name", new string('a', 61), "--region", "Lebak");

        Assert.Equal((2, true, 0), (exit, error.Contains("--name", StringComparison.Ordinal), (await database.AgentsAsync()).Count));
    }

    [Fact]
    public async Task AgentAdd_WithoutRegion_IsAParseErrorWithExitTwo()
    {
        var (exit, _, error) = await database.RunAsync("agent", "add", "--name", "Budi");

        Assert.Equal((2, true), (exit, error.Contains("--region", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AgentAdd_ParseError_PointsToTheSubVerbsHelp()
    {
        var (_, _, error) = await database.RunAsync("agent", "add", "--name", "Budi");

        Assert.EndsWith("(see agent add --help)", error.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentAdd_BadBotUsername_RefusesWithExitTwo()
    {
        var (exit, _, _) = await database.RunAsync("agent", "add", "--name", "Budi", "--region", "Lebak", "--bot", "no spaces");

        Assert.Equal((2, 0), (exit, (await database.AgentsAsync()).Count));
    }

    [Fact]
    public async Task AgentList_AgentsWithSignUps_ShowsEachWithItsSignUpsInATable()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");
        await database.AddAgentAsync("P4W9RT", "Budi Santoso", "Kabupaten Lebak");
        await database.AddSignUpAsync(StorageSamples.SignUp(phone: "+6281200000001") with { Referrer = "K7M2QX" });
        await database.AddSignUpAsync(StorageSamples.SignUp(phone: "+6281200000002") with { Referrer = "k7m2qx" });
        await database.AddSignUpAsync(StorageSamples.SignUp(phone: "+6281200000003") with { Referrer = null });

        var (exit, output, _) = await database.RunAsync("agent", "list");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            (0, "code    name            region           created     sign-ups", "K7M2QX  Siti Nurhaliza  Kota Serang      2026-11-25         2", "P4W9RT  Budi Santoso    Kabupaten Lebak  2026-11-25         0"),
            (exit, lines[0], lines[1], lines[2]));
    }

    [Fact]
    public async Task AgentList_NoAgents_SaysHowToAddOne()
    {
        var (exit, output, _) = await database.RunAsync("agent", "list");

        Assert.Equal((0, true), (exit, output.Contains("agent add --name", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AgentList_NameWithAnEscapeSequence_PrintsItWithoutControlCharacters()
    {
        await database.AddAgentAsync("K7M2QX", "Siti\u001b[2J\u0007");

        var (_, output, _) = await database.RunAsync("agent", "list");

        Assert.Equal((true, 0), (output.Contains("Siti[2J", StringComparison.Ordinal), output.Count(c => char.IsControl(c) && c != '\n')));
    }

    [Fact]
    public async Task AgentStats_SignUpsAndUnansweredQuestions_AreCountedPerAgent()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");
        await database.AddAgentAsync("P4W9RT", "Budi Santoso");
        await database.AddSignUpAsync(StorageSamples.SignUp(phone: "+6281200000001") with { Referrer = "K7M2QX" });
        await database.AddUnansweredAsync(new UnansweredQuestion("bisa klaim buat kucing?", "claim", 0.1, "id", "telegram", StorageSamples.Monday, Referrer: "P4W9RT"));
        await database.AddUnansweredAsync(new UnansweredQuestion("kapan cair?", "claim", 0.1, "id", "telegram", StorageSamples.Monday, Referrer: "P4W9RT"));

        var (exit, output, _) = await database.RunAsync("agent", "stats");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // The reminder columns follow these (see AgentStats_PaymentReminders_AreCountedPerAgentWithLapseWarnings).
        Assert.Equal(
            (0, true, true, true),
            (exit, lines[0].StartsWith("code    name            region       sign-ups  last sign-up  unanswered", StringComparison.Ordinal),
             lines[1].StartsWith("K7M2QX  Siti Nurhaliza  Kota Serang         1  2026-11-23             0", StringComparison.Ordinal),
             lines[2].StartsWith("P4W9RT  Budi Santoso    Kota Serang         0  -                      2", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AgentStats_PaymentReminders_AreCountedPerAgentWithLapseWarnings()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");
        await database.AddAgentAsync("P4W9RT", "Budi Santoso");
        await database.AddReminderAsync(Reminder("70", "k7m2qx", lapseWarnings: 2));
        await database.AddReminderAsync(Reminder("71", "K7M2QX", lapseWarnings: 1));
        await database.AddReminderAsync(Reminder("72", null, lapseWarnings: 5));

        var (_, output, _) = await database.RunAsync("agent", "stats");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            (true, true, true, "Payment reminders active: 3, lapse warnings sent: 8"),
            (lines[0].EndsWith("reminders  lapse warnings", StringComparison.Ordinal), lines.Single(l => l.StartsWith("K7M2QX", StringComparison.Ordinal)).EndsWith(" 2               3", StringComparison.Ordinal),
             lines.Single(l => l.StartsWith("P4W9RT", StringComparison.Ordinal)).EndsWith(" 0               0", StringComparison.Ordinal), lines.Single(l => l.StartsWith("Payment", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task AgentStats_SignUpsWithACodeNoAgentHas_AreListedByCode()
    {
        await database.AddAgentAsync("K7M2QX", "Siti Nurhaliza");
        await database.AddSignUpAsync(StorageSamples.SignUp(phone: "+6281200000001") with { Referrer = "posko-bandung" });

        var (_, output, _) = await database.RunAsync("agent", "stats");

        Assert.Contains("Code posko-bandung (no such agent): 1 sign-up(s)", output, StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();

    [GeneratedRegex("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$")]
    private static partial Regex SixCharacterCode();

    internal static Jamsos.Outreach.Bot.Core.Reminders.PaymentReminder Reminder(string chat, string? referrer, int lapseWarnings) => new(
        new Jamsos.Outreach.Bot.Core.Conversations.ChatKey("telegram", chat), chat, 10, Jamsos.Outreach.Knowledge.Rules.Sector.Other, 0m, "id",
        Jamsos.Outreach.Bot.Core.Reminders.ReminderConsent.Version, StorageSamples.Monday, new DateOnly(2026, 12, 10), StorageSamples.Monday.AddDays(14),
        0, lapseWarnings, referrer, StorageSamples.Monday, StorageSamples.Monday);
}
