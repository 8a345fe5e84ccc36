namespace Jamsos.Outreach.Tests.Bot.Telegram.Fakes;

/// <summary>The protocol fixtures (copied from shared/protocols/fixtures/telegram into Fixtures/telegram).</summary>
internal static class TelegramFixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "telegram", name));
}
