using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;
using Telegram.Bot;
using Telegram.Bot.Types;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>Update → IncomingMessage, on the protocol fixtures.</summary>
public sealed class UpdateMapperTests
{
    private static readonly BotIdentity Bot = new(7000000001, "acme_faq_bot");
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 5, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Map_PrivateStartWithPayload_KeepsTheDeepLinkPayload()
    {
        var message = Fixture("update_message.json").Message!;

        Assert.Equal(("/start src-flyer_2026", "6012345678", "6012345678", false, true), (message.Text, message.ChatId, message.UserId, message.IsGroup, message.AddressedToBot));
    }

    [Fact]
    public void Map_LanguageCode_BecomesTheHint()
    {
        Assert.Equal("en", Fixture("update_message.json").Message!.LanguageHint);
    }

    [Fact]
    public void Map_GroupCommandForThisBot_IsAddressedWithoutTheBotName()
    {
        var inbound = Fixture("update_message_group_command.json");

        Assert.Equal(("/faq delivery hours", "-1001234567890", true, true), (inbound.Message!.Text, inbound.Message.ChatId, inbound.Message.IsGroup, inbound.Message.AddressedToBot));
    }

    [Fact]
    public void Map_GroupCommandForAnotherBot_IsIgnored()
    {
        Assert.Equal(InboundKind.Ignored, Fixture("update_message_group_other_bot.json").Kind);
    }

    [Fact]
    public void Map_BotNameInAnotherCase_IsStillThisBot()
    {
        var inbound = Map(FakeBotApi.TextUpdate(1, "/menu@ACME_Faq_Bot", chatId: -1001234567890, chatType: "supergroup"));

        Assert.Equal("/menu", inbound.Message!.Text);
    }

    [Fact]
    public void Map_StartgroupLink_IsRecognisedWithItsPayload()
    {
        var inbound = Map(FakeBotApi.TextUpdate(1, "/start@acme_faq_bot spaceship", chatId: -1001234567890, chatType: "supergroup"));

        Assert.Equal("/start spaceship", inbound.Message!.Text);
    }

    [Theory]
    [InlineData("/start", "/start")]
    [InlineData("/start ref_AGEN01", "/start ref_AGEN01")]
    [InlineData("/start bad=payload", "/start")]
    [InlineData("/start <script>", "/start")]
    public void Map_StartPayload_IsKeptOnlyWhenValid(string text, string expected)
    {
        Assert.Equal(expected, Map(FakeBotApi.TextUpdate(1, text)).Message!.Text);
    }

    [Fact]
    public void Map_StartPayloadOver64Characters_IsDropped()
    {
        Assert.Equal("/start", Map(FakeBotApi.TextUpdate(1, "/start " + new string('a', 65))).Message!.Text);
    }

    [Fact]
    public void Map_EmojiBeforeAnEntity_SlicesWithUtf16Offsets()
    {
        var update = Parse("update_message_utf16_entities.json");
        var entity = update.Message!.Entities![1];

        Assert.Equal("https://example.org/track?id=42", entity.Slice(update.Message.Text));
    }

    [Fact]
    public void Map_CommandAfterAnEmojiArgument_KeepsTheArgumentWhole()
    {
        Assert.Equal("/faq 🚚 where is https://example.org/track?id=42 ?", Fixture("update_message_utf16_entities.json").Message!.Text);
    }

    [Fact]
    public void Map_PlainGroupMessage_IsNotAddressed()
    {
        var inbound = Map(FakeBotApi.TextUpdate(1, "berapa iuran?", chatId: -1001234567890, chatType: "supergroup"));

        Assert.False(inbound.Message!.AddressedToBot);
    }

    [Fact]
    public void Map_MentionOfTheBot_IsAddressedWithTheMentionRemoved()
    {
        var update = """{"update_id":5,"message":{"message_id":9,"from":{"id":42,"is_bot":false,"first_name":"A"},"chat":{"id":-100555,"type":"supergroup"},"date":1,"text":"@Acme_FAQ_bot berapa iuran?","entities":[{"offset":0,"length":13,"type":"mention"}]}}""";

        var message = Map(update).Message!;

        Assert.Equal((true, "berapa iuran?"), (message.AddressedToBot, message.Text));
    }

    [Fact]
    public void Map_ReplyToTheBot_IsAddressed()
    {
        var update = """{"update_id":5,"message":{"message_id":9,"from":{"id":42,"is_bot":false,"first_name":"A"},"chat":{"id":-100555,"type":"group"},"date":1,"text":"yang ini?","reply_to_message":{"message_id":8,"from":{"id":7000000001,"is_bot":true,"first_name":"Acme"},"chat":{"id":-100555,"type":"group"},"date":1,"text":"x"}}}""";

        Assert.True(Map(update).Message!.AddressedToBot);
    }

    [Fact]
    public void Map_TextWithMarkup_IsPassedAsTyped()
    {
        Assert.Equal("Alex <Sam> & Co", Fixture("update_message_text.json").Message!.Text);
    }

    [Fact]
    public void Map_OwnContact_IsTheSharedPhone()
    {
        Assert.Equal("+15550100123", Fixture("update_contact.json").Message!.SharedPhone);
    }

    [Fact]
    public void Map_SomeoneElsesContact_IsNotTakenAsThePhone()
    {
        var message = Fixture("update_contact_foreign.json").Message!;

        Assert.Equal((null, null), (message.SharedPhone, message.Text));
    }

    [Fact]
    public void Map_CallbackQuery_CarriesThePayloadAndThePressedLabel()
    {
        var inbound = Fixture("update_callback_query.json");

        Assert.Equal((InboundKind.Callback, "v1|su|district|2", "Central", 107L), (inbound.Kind, inbound.Message!.Payload, inbound.Callback!.PressedLabel, inbound.Callback.MessageId!.Value));
    }

    [Fact]
    public void Map_CallbackOnInaccessibleMessage_KeepsTheChatAndDropsTheMessage()
    {
        var inbound = Fixture("update_callback_query_inaccessible.json");

        Assert.Equal(("6012345678", null, null), (inbound.Message!.ChatId, inbound.Callback!.MessageId, inbound.Callback.MessageText));
    }

    [Fact]
    public void Map_EditedMessage_IsIgnored()
    {
        Assert.Equal(InboundKind.Ignored, Fixture("update_edited_message.json").Kind);
    }

    [Fact]
    public void Map_GroupMigration_FollowsTheNewId()
    {
        var inbound = Fixture("update_group_migrated.json");

        Assert.Equal((InboundKind.Migrated, -4123456789L, -1002223334445L), (inbound.Kind, inbound.ChatId, inbound.MigrateToChatId!.Value));
    }

    [Fact]
    public void Map_UserBlockedTheBot_IsABlockedMembership()
    {
        var inbound = Fixture("update_my_chat_member_blocked.json");

        Assert.Equal((InboundKind.Membership, true), (inbound.Kind, inbound.Blocked));
    }

    [Fact]
    public void Map_UnhandledPollUpdate_IsIgnored()
    {
        var update = JsonDocument.Parse(TelegramFixtures.Read("getupdates_unhandled_type.json")).RootElement.GetProperty("result")[0].GetRawText();

        Assert.Equal(InboundKind.Ignored, Map(update).Kind);
    }

    [Fact]
    public void Map_UserIdAbove2To32_RoundTrips()
    {
        Assert.Equal("6012345678", Fixture("update_message_text.json").Message!.UserId);
    }

    private static InboundUpdate Fixture(string name) => UpdateMapper.Map(Parse(name), Bot, Now);

    private static InboundUpdate Map(string json) => UpdateMapper.Map(JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)!, Bot, Now);

    private static Update Parse(string name) => JsonSerializer.Deserialize<Update>(TelegramFixtures.Read(name), JsonBotAPI.Options)!;
}
