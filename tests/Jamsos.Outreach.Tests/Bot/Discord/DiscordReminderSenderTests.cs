using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Bot.Discord.Fakes;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

/// <summary>A payment reminder as a Discord DM, against the loopback fake: open the DM, post into it.</summary>
public sealed class DiscordReminderSenderTests
{
    private const string User = "300000000000000001";

    [Fact]
    public async Task SendAsync_Reminder_OpensTheDmAndPostsItWithButtons()
    {
        await using var harness = DiscordHarness.Create();
        var sender = harness.Get<IEnumerable<IReminderSender>>().Single(s => s.Channel == "discord");

        var delivery = await sender.SendAsync(User, Reminder(), CancellationToken.None);

        var post = harness.Fake.RequestsTo("POST", "/channels/1460906282188931081/messages").Single();
        Assert.Equal(
            (ReminderDelivery.Sent, User, true, true),
            (delivery, harness.Fake.RequestsTo("POST", "/users/@me/channels").Single().Json.GetProperty("recipient_id").GetString(),
             post.Body.Contains("Pengingat bayar iuran", StringComparison.Ordinal), post.Json.GetProperty("components").GetArrayLength() > 0));
    }

    [Fact]
    public async Task SendAsync_DmRefused_ReportsBlocked()
    {
        await using var harness = DiscordHarness.Create();
        harness.Fake.Handler = r => r.Path.EndsWith("/users/@me/channels", StringComparison.Ordinal)
            ? FakeHttpResponse.Json("""{"message":"Cannot send messages to this user","code":50007}""", 403)
            : null;
        var sender = harness.Get<IEnumerable<IReminderSender>>().Single(s => s.Channel == "discord");

        var delivery = await sender.SendAsync(User, Reminder(), CancellationToken.None);

        Assert.Equal(ReminderDelivery.Blocked, delivery);
    }

    private static Reply Reminder() => new(RichText.From("🔔 Pengingat bayar iuran"), ReminderMessage.Buttons(Language.Id));
}
