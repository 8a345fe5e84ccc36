namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>
/// How long a test waits for something that should happen (a connection, a frame, a request). Generous
/// on purpose: CI's two cores also run the answer engine's evaluation beside these tests, and a starved
/// host once needed more than 5 s to connect. A passing test returns as soon as the thing happens; tests
/// that check that nothing happens wait a short quiet period of their own instead.
/// </summary>
internal static class FakeServerWait
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(20);
}
