using Jamsos.Outreach.Bot.Channels.Telegram.Formatting;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>
/// Conversations end to end on the fake: buttons and callbacks, groups, migration and blocking, and the
/// whole sign-up with the contact keyboard, as a person on Telegram would go through them.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class TelegramConversationTests
{
    private const long User = 6012345678;
    private const long Group = -1001234567890;
    private readonly KnowledgeFixture knowledge;
    private long nextId = 815_100_000; // above the fixtures' ids: an offset confirms every lower id

    public TelegramConversationTests(KnowledgeFixture knowledge)
    {
        this.knowledge = knowledge;
    }

    [Fact]
    public async Task Menu_Buttons_AreAnInlineKeyboardWithVersionedPayloads()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        var reply = await SayAsync(bot, "/menu");

        var data = reply["reply_markup"].GetProperty("inline_keyboard").EnumerateArray().SelectMany(r => r.EnumerateArray()).Select(b => b.GetProperty("callback_data").GetString()!).ToList();
        Assert.All(data, d => Assert.StartsWith("v1:", d, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Callback_Known_IsAnsweredExactlyOnceAndThenAnswered()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        bot.Api.EnqueueUpdates(FakeBotApi.CallbackUpdate(Next(), Payloads.Topic("iuran")));
        await bot.Api.WaitForAsync("sendMessage", 1);

        Assert.Equal(["answerCallbackQuery", "sendMessage"], bot.Api.Requests.Select(r => r.Method).Where(m => m is "answerCallbackQuery" or "sendMessage"));
    }

    [Fact]
    public async Task Callback_StaleUnknownAndReplayed_EachGetExactlyOneAnswer()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        var stale = FakeBotApi.CallbackUpdate(Next(), Payloads.SignUp("r:0"));

        await bot.Api.DeliverAsync(FakeResponse.Updates(stale, FakeBotApi.CallbackUpdate(Next(), "garbage"), FakeBotApi.CallbackUpdate(Next(), "v9:zz:1")), FakeResponse.Updates(stale));

        var answered = bot.Api.Calls("answerCallbackQuery").Select(c => c["callback_query_id"].GetString()).ToList();
        Assert.Equal((3, 3), (answered.Count, answered.Distinct().Count()));
    }

    [Fact]
    public async Task Callback_PressedOverTheRateLimit_IsStillAnsweredOnceWithAWaitToast()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge, new Dictionary<string, string?> { ["Bot:RateLimitPerMinute"] = "2" });
        var presses = Enumerable.Range(0, 6).Select(_ => FakeBotApi.CallbackUpdate(Next(), Payloads.Topic("iuran"))).ToArray();

        await bot.Api.DeliverAsync(FakeResponse.Updates(presses));

        var answers = bot.Api.Calls("answerCallbackQuery");
        var toasts = answers.Select(a => a.Has("text") ? a["text"].GetString() : null).ToList();
        Assert.Equal((6, 6), (answers.Count, answers.Select(a => a["callback_query_id"].GetString()).Distinct().Count()));
        Assert.Equal((2, 4), (toasts.Count(t => t is null), toasts.Count(t => t is not null && t.StartsWith("Tunggu sebentar", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Callback_QueryTooOld_IsSwallowedAndTheReplyStillGoesOut()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        bot.Api.Script("answerCallbackQuery", FakeResponse.Fixture("error_400_query_too_old.json"));

        bot.Api.EnqueueUpdates(FakeBotApi.CallbackUpdate(Next(), Payloads.Topic("jkk")));
        await bot.Api.WaitForAsync("sendMessage", 1);

        Assert.Single(bot.Api.Calls("answerCallbackQuery"));
    }

    [Fact]
    public async Task Callback_OnAnInaccessibleMessage_IsHandledWithoutCrashing()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        bot.Api.EnqueueUpdates(TelegramFixtures.Read("update_callback_query_inaccessible.json"));
        await bot.Api.WaitForAsync("sendMessage", 1);

        Assert.Equal((1, 0), (bot.Api.Calls("answerCallbackQuery").Count, bot.Api.Calls("editMessageText").Count));
    }

    [Fact]
    public async Task Group_CommandForThisBot_IsAnsweredInTheGroup()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        bot.Api.EnqueueUpdates(TelegramFixtures.Read("update_message_group_command.json"));
        var sent = await bot.Api.WaitForAsync("sendMessage", 1);

        Assert.Equal(Group, sent[0]["chat_id"].GetInt64());
    }

    [Fact]
    public async Task Group_CommandForAnotherBotAndPlainChatter_GetNoAnswer()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        bot.Api.EnqueueUpdates(TelegramFixtures.Read("update_message_group_other_bot.json"), FakeBotApi.TextUpdate(Next(), "brp iuran bpjs tk?", chatId: Group, chatType: "supergroup"), FakeBotApi.TextUpdate(Next(), "/kantor@acme_faq_bot", chatId: Group, chatType: "supergroup"));
        var sent = await bot.Api.WaitForAsync("sendMessage", 1);
        await Task.Delay(200);

        Assert.Single(bot.Api.Calls("sendMessage"));
    }

    [Fact]
    public async Task Group_SignUpCommand_NeverOffersTheContactKeyboardThere()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);

        await SayAsync(bot, "/daftar@acme_faq_bot", chat: Group, type: "supergroup");

        Assert.DoesNotContain(bot.Api.Calls("sendMessage"), m => m.Body.Contains("request_contact", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Group_Migrated_LaterRepliesGoToTheSupergroup()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        bot.Api.EnqueueUpdates(TelegramFixtures.Read("update_group_migrated.json"));
        await TelegramPollingTests.WaitUntilAsync(() => bot.Count("SELECT COUNT(*) FROM chat_status WHERE status = 'migrated'") == 1);

        var reply = await SayAsync(bot, "/menu@acme_faq_bot", chat: -4123456789, type: "group");

        Assert.Equal(-1002223334445, reply["chat_id"].GetInt64());
    }

    [Fact]
    public async Task Blocked_ThenWritingAgain_MarksTheChatActiveAgain()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        bot.Api.EnqueueUpdates(TelegramFixtures.Read("update_my_chat_member_blocked.json"));
        await TelegramPollingTests.WaitUntilAsync(() => bot.Count("SELECT COUNT(*) FROM chat_status WHERE status = 'blocked'") == 1);

        await SayAsync(bot, "/menu");

        Assert.Equal(0L, bot.Count("SELECT COUNT(*) FROM chat_status WHERE status = 'blocked'"));
    }

    [Fact]
    public async Task Answer_UserTextWithMarkup_IsEscapedWhenEchoed()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await SayAsync(bot, "/daftar");

        await SayAsync(bot, "Siti <b>Aminah</b> & Co");
        var summary = await WalkToSummaryAsync(bot);

        Assert.Contains("Siti &lt;b&gt;Aminah&lt;/b&gt; &amp; Co", summary["text"].GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_FullPath_StoresOneRecord()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await SayAsync(bot, "/daftar");
        await SayAsync(bot, "Siti Aminah");

        await WalkToSummaryAsync(bot);
        await PressAsync(bot, Payloads.SignUp("confirm"));

        Assert.Equal(1L, bot.Count("SELECT COUNT(*) FROM signups"));
    }

    [Fact]
    public async Task SignUp_PhoneStep_OffersTheContactKeyboardInPrivate()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await SayAsync(bot, "/daftar");

        var ask = await SayAsync(bot, "Siti Aminah");

        var button = ask["reply_markup"].GetProperty("keyboard")[0][0];
        Assert.Equal((true, true), (button.GetProperty("request_contact").GetBoolean(), ask["reply_markup"].GetProperty("one_time_keyboard").GetBoolean()));
    }

    [Fact]
    public async Task SignUp_AfterTheContact_TheKeyboardIsRemoved()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await SayAsync(bot, "/daftar");
        await SayAsync(bot, "Siti Aminah");

        bot.Api.EnqueueUpdates(FakeBotApi.ContactUpdate(Next(), "+6281234567890", User));
        var sent = await bot.Api.WaitForAsync("sendMessage", 4);

        Assert.Equal((true, true), (sent[2]["reply_markup"].GetProperty("remove_keyboard").GetBoolean(), sent[3]["reply_markup"].TryGetProperty("inline_keyboard", out _)));
    }

    [Fact]
    public async Task SignUp_SomeoneElsesContact_IsRefusedAsThePhone()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await SayAsync(bot, "/daftar");
        await SayAsync(bot, "Siti Aminah");

        bot.Api.EnqueueUpdates(FakeBotApi.ContactUpdate(Next(), "+6281234567890", contactUserId: null));
        var sent = await bot.Api.WaitForAsync("sendMessage", 3);

        Assert.True(sent[2]["reply_markup"].TryGetProperty("keyboard", out _));
    }

    [Fact]
    public async Task SignUp_ConsentNo_StoresNothing()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await SayAsync(bot, "/daftar");
        await SayAsync(bot, "Siti Aminah");
        await ContactAsync(bot);
        await PressAsync(bot, Payloads.SignUp("r:0"));
        await PressAsync(bot, Payloads.SignUp("o:0"));
        await PressAsync(bot, Payloads.SignUp("c:telegram"));
        await PressAsync(bot, Payloads.SignUp("n:yes"));

        await PressAsync(bot, Payloads.SignUp("consent:no"));

        Assert.Equal(0L, bot.Count("SELECT COUNT(*) FROM signups"));
    }

    [Fact]
    public async Task SignUp_Cancel_ClearsTheForm()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await SayAsync(bot, "/daftar");
        await SayAsync(bot, "Siti Aminah");

        bot.Api.EnqueueUpdates(FakeBotApi.TextUpdate(Next(), "/batal"));
        var reply = (await bot.Api.WaitForAsync("sendMessage", 4))[^1];

        Assert.Equal((true, 0L), (reply["text"].GetString()!.StartsWith(BotTexts.Cancelled(global::Jamsos.Outreach.Knowledge.Content.Language.Id), StringComparison.Ordinal), bot.Count("SELECT COUNT(*) FROM conversations WHERE state_json LIKE '%\"SignUp\":{%'")));
    }

    [Fact]
    public async Task SignUp_AfterTheTimeout_TheFormHasExpired()
    {
        var clock = TestClock.Virtual(new DateTimeOffset(2026, 11, 21, 5, 0, 0, TimeSpan.Zero));
        await using var bot = await TelegramHarness.CreateAsync(knowledge, clock: clock);
        await SayAsync(bot, "/daftar");

        clock.Advance(TimeSpan.FromHours(25));
        var reply = await SayAsync(bot, "Siti Aminah");

        Assert.StartsWith(BotTexts.Expired(global::Jamsos.Outreach.Knowledge.Content.Language.Id)[..20], reply["text"].GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_FinalCallbackRedelivered_StoresAndThanksOnce()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await SayAsync(bot, "/daftar");
        await SayAsync(bot, "Siti Aminah");
        await WalkToSummaryAsync(bot);
        var confirm = FakeBotApi.CallbackUpdate(Next(), Payloads.SignUp("confirm"));
        var before = bot.Api.Calls("sendMessage").Count;

        await bot.Api.DeliverAsync(FakeResponse.Updates(confirm), FakeResponse.Updates(confirm));

        Assert.Equal((1L, before + 1), (bot.Count("SELECT COUNT(*) FROM signups"), bot.Api.Calls("sendMessage").Count));
    }

    [Fact]
    public async Task SignUp_PressedChoice_IsMarkedOnTheQuestionAndItsKeyboardRemoved()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge);
        await SayAsync(bot, "/daftar");
        await SayAsync(bot, "Siti Aminah");
        await ContactAsync(bot);

        await PressAsync(bot, Payloads.SignUp("r:0"), label: "Kota Serang");

        var edit = bot.Api.Calls("editMessageText").Single();
        Assert.Equal((true, false), (edit["text"].GetString()!.EndsWith("✔ <b>Kota Serang</b>", StringComparison.Ordinal), edit.Has("reply_markup")));
    }

    [Fact]
    public async Task EveryJsonCall_IsPostWithJsonAndWithoutNullFields()
    {
        await using var bot = await TelegramHarness.CreateAsync(knowledge, new Dictionary<string, string?> { ["Telegram:SetCommands"] = "true" });
        await SayAsync(bot, "/daftar");
        await SayAsync(bot, "Siti Aminah");
        await ContactAsync(bot);

        await PressAsync(bot, Payloads.SignUp("r:0"), label: "Kota Serang");

        var methods = bot.Api.Requests.Select(r => r.Method).ToHashSet();
        Assert.Superset(new HashSet<string> { "getMe", "setMyCommands", "deleteWebhook", "getUpdates", "sendMessage", "answerCallbackQuery", "editMessageText" }, methods);
        Assert.All(bot.Api.Requests, r => Assert.Equal(("POST", "application/json", false), (r.HttpMethod, r.ContentType?.Split(';')[0], r.Body.Contains("null", StringComparison.Ordinal))));
    }

    private long Next() => Interlocked.Increment(ref nextId);

    private async Task<RecordedRequest> SayAsync(TelegramHarness bot, string text, long chat = User, string type = "private")
    {
        var count = bot.Api.Calls("sendMessage").Count;
        bot.Api.EnqueueUpdates(FakeBotApi.TextUpdate(Next(), text, chatId: chat, chatType: type));
        return (await bot.Api.WaitForAsync("sendMessage", count + 1))[^1];
    }

    private async Task<RecordedRequest?> PressAsync(TelegramHarness bot, string payload, string label = "Pilihan", bool expectReply = true)
    {
        var count = bot.Api.Calls("sendMessage").Count;
        var answers = bot.Api.Calls("answerCallbackQuery").Count;
        bot.Api.EnqueueUpdates(FakeBotApi.CallbackUpdate(Next(), payload, label: label));
        if (!expectReply)
        {
            await bot.Api.WaitForAsync("answerCallbackQuery", answers + 1);
            await Task.Delay(100);
            return null;
        }

        return (await bot.Api.WaitForAsync("sendMessage", count + 1))[^1];
    }

    private async Task ContactAsync(TelegramHarness bot)
    {
        var count = bot.Api.Calls("sendMessage").Count;
        bot.Api.EnqueueUpdates(FakeBotApi.ContactUpdate(Next(), "+6281234567890", User));
        await bot.Api.WaitForAsync("sendMessage", count + 2);
    }

    /// <summary>From the phone step to the summary: contact, region, occupation, contact method, news, consent.</summary>
    private async Task<RecordedRequest> WalkToSummaryAsync(TelegramHarness bot)
    {
        await ContactAsync(bot);
        await PressAsync(bot, Payloads.SignUp("r:0"));
        await PressAsync(bot, Payloads.SignUp("o:0"));
        await PressAsync(bot, Payloads.SignUp("c:telegram"));
        await PressAsync(bot, Payloads.SignUp("n:yes"));
        return (await PressAsync(bot, Payloads.SignUp("consent:yes")))!;
    }
}
