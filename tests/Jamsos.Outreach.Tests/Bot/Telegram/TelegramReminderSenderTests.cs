using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Channels.Telegram.Reminders;
using Jamsos.Outreach.Bot.Channels.Telegram.Sending;
using Jamsos.Outreach.Bot.Channels.Telegram.Storage;
using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>A payment reminder through the real Telegram sender against the fake Bot API.</summary>
public sealed class TelegramReminderSenderTests : IAsyncLifetime, IDisposable
{
    private readonly TestClock clock = TestClock.Virtual(new DateTimeOffset(2026, 12, 8, 1, 0, 0, TimeSpan.Zero));
    private readonly TempDatabase database = new();
    private FakeBotApi api = null!;
    private TelegramClient client = null!;
    private TelegramChats chats = null!;
    private TelegramReminderSender sender = null!;

    public async Task InitializeAsync()
    {
        api = await FakeBotApi.StartAsync();
        chats = new TelegramChats(new SqliteChatStatusStore(database.Database, clock), new InMemoryStores());
        var options = TelegramClientTests.Options(api.BaseUrl, TimeSpan.FromSeconds(5));
        client = new TelegramClient(TelegramClient.CreateHttpClient(), options, ownsHttp: true);
        var telegram = new TelegramSender(client, new SendRateLimiter(options.Limits, clock), chats, options, clock, NullLogger<TelegramSender>.Instance, new Random(7));
        sender = new TelegramReminderSender(telegram, chats);
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    public void Dispose()
    {
        client?.Dispose();
        SqliteConnection.ClearAllPools();
        database.Dispose();
    }

    [Fact]
    public async Task SendAsync_Reminder_GoesToItsChatWithTheSudahBayarButton()
    {
        var delivery = await sender.SendAsync("6012345678", Reminder(), CancellationToken.None);

        var request = api.Calls("sendMessage").Single();
        Assert.Equal(
            (ReminderDelivery.Sent, 6012345678L, true),
            (delivery, request["chat_id"].GetInt64(), request["reply_markup"].GetRawText().Contains(PayloadCodec.Encode(new ReminderPaidPayload()), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SendAsync_BotBlocked_ReportsBlockedAndMarksTheChat()
    {
        api.Script("sendMessage", FakeResponse.Error(403, "Forbidden: bot was blocked by the user"));

        var delivery = await sender.SendAsync("6012345678", Reminder(), CancellationToken.None);

        Assert.Equal((ReminderDelivery.Blocked, true), (delivery, chats.IsBlocked(6012345678)));
    }

    [Fact]
    public async Task SendAsync_NotATelegramChatId_FailsWithoutARequest()
    {
        var delivery = await sender.SendAsync("chat-u1", Reminder(), CancellationToken.None);

        Assert.Equal((ReminderDelivery.Failed, 0), (delivery, api.Calls("sendMessage").Count));
    }

    private static Reply Reminder() => new(RichText.From("🔔 Pengingat bayar iuran"), ReminderMessage.Buttons(Language.Id));
}
