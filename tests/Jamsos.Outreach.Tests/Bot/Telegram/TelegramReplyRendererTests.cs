using Jamsos.Outreach.Bot.Channels.Telegram.Formatting;
using Jamsos.Outreach.Bot.Core.Conversations;
using Telegram.Bot.Types.ReplyMarkups;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Telegram;

/// <summary>Replies to Telegram HTML: escaping, the tag set, splitting at 4096, and keyboards.</summary>
public sealed class TelegramReplyRendererTests
{
    [Fact]
    public void Render_UserTextWithMarkup_IsEscaped()
    {
        var reply = Reply.Of(new RichText().Plain("Nama: ").Bold("Siti <b>Aminah</b> & \"Co\" > 1"));

        var html = TelegramReplyRenderer.Render(reply, privateChat: true, removeReplyKeyboard: false).Single().Html;

        Assert.Equal("Nama: <b>Siti &lt;b&gt;Aminah&lt;/b&gt; &amp; \"Co\" &gt; 1</b>", html);
    }

    [Fact]
    public void Render_LinkWithQueryString_EscapesAmpersandAndQuoteInHref()
    {
        var reply = Reply.Of(new RichText().Link("Read more", "https://example.org/faq?topic=delivery&lang=en&q=\"x\""));

        var html = TelegramReplyRenderer.Render(reply, true, false).Single().Html;

        Assert.Equal("<a href=\"https://example.org/faq?topic=delivery&amp;lang=en&amp;q=&quot;x&quot;\">Read more</a>", html);
    }

    [Fact]
    public void InlineKeyboard_LinkButton_IsAUrlButtonBesideTheCallbackButton()
    {
        var keyboard = TelegramReplyRenderer.InlineKeyboard([[new Button("📖 Selengkapnya", "v1:mo:1:id:beasiswa"), Button.Link("🌐 Baca di situs", "https://jamsos.example/jkm/beasiswa/")]]);

        var link = keyboard!.InlineKeyboard.Single().ElementAt(1);
        Assert.Equal(("https://jamsos.example/jkm/beasiswa/", (string?)null), (link.Url, link.CallbackData));
    }

    [Fact]
    public void InlineKeyboard_LinkButtonWithoutAWebAddress_IsLeftOut()
    {
        var keyboard = TelegramReplyRenderer.InlineKeyboard([[new Button("Menu", "v1:cmd:menu"), Button.Link("klik", "javascript:alert(1)")]]);

        Assert.Single(keyboard!.InlineKeyboard.Single());
    }

    [Fact]
    public void Render_LinkWithJavascriptScheme_IsShownAsTextNotAsAnchor()
    {
        var reply = Reply.Of(new RichText().Link("klik", "javascript:alert(1)"));

        var html = TelegramReplyRenderer.Render(reply, true, false).Single().Html;

        Assert.Equal("klik (javascript:alert(1))", html);
    }

    [Fact]
    public void Render_AnyReply_EmitsOnlyWhitelistedTags()
    {
        var reply = Reply.Of(new RichText().Bold("<i>x</i>").Plain("<script>").Link("<u>", "https://example.org/<a>"));

        var html = TelegramReplyRenderer.Render(reply, true, false).Single().Html;

        var tags = System.Text.RegularExpressions.Regex.Matches(html, "</?([a-z-]+)").Select(m => m.Groups[1].Value).Distinct();
        Assert.All(tags, t => Assert.Contains(t, TelegramHtml.EmittedTags));
    }

    [Fact]
    public void Render_NonAscii_StaysRawNotEntityEncoded()
    {
        var html = TelegramReplyRenderer.Render(Reply.Of("Привет 🚚 – Jl. Sudirman"), true, false).Single().Html;

        Assert.Equal("Привет 🚚 – Jl. Sudirman", html);
    }

    [Fact]
    public void Render_Exactly4096_IsOneMessage()
    {
        var messages = TelegramReplyRenderer.Render(Reply.Of(new string('a', 4096)), true, false);

        Assert.Single(messages);
    }

    [Fact]
    public void Render_4097_IsTwoMessages()
    {
        var messages = TelegramReplyRenderer.Render(Reply.Of(new string('a', 4097)), true, false);

        Assert.Equal(2, messages.Count);
    }

    [Fact]
    public void Render_TenThousandCharacterAnswer_IsThreeMessagesInOrderEachWithinTheLimit()
    {
        var text = FaqLike(10_000);

        var messages = TelegramReplyRenderer.Render(Reply.Of(text), true, false);

        Assert.Equal((3, true), (messages.Count, messages.All(m => TelegramHtml.VisibleLength(m.Html) <= 4096)));
    }

    [Fact]
    public void Render_LongAnswer_LosesNoTextAcrossTheCuts()
    {
        var text = FaqLike(10_000);

        var messages = TelegramReplyRenderer.Render(Reply.Of(text), true, false);

        Assert.Equal(Squash(text), Squash(string.Concat(messages.Select(m => m.PlainText))));
    }

    [Fact]
    public void Render_LongAnswer_CutsAtParagraphs()
    {
        var messages = TelegramReplyRenderer.Render(Reply.Of(FaqLike(10_000)), true, false);

        Assert.All(messages.SkipLast(1), m => Assert.EndsWith(".", m.PlainText, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_BoldAcrossTheCut_IsClosedInEachMessage()
    {
        var reply = Reply.Of(new RichText().Bold(new string('b', 5000)));

        var messages = TelegramReplyRenderer.Render(reply, true, false);

        Assert.All(messages, m => Assert.Equal((true, true), (m.Html.StartsWith("<b>", StringComparison.Ordinal), m.Html.EndsWith("</b>", StringComparison.Ordinal))));
    }

    [Fact]
    public void Render_EmojiAtTheHardCut_IsNeverSplitInHalf()
    {
        var text = new string('a', 4095) + "🚚" + new string('a', 100);

        var messages = TelegramReplyRenderer.Render(Reply.Of(text), true, false);

        Assert.All(messages, m => Assert.False(char.IsHighSurrogate(m.PlainText[^1]) || char.IsLowSurrogate(m.PlainText[0])));
    }

    [Fact]
    public void Render_EscapesThatGrowTheHtml_StillCountAsOneCharacterEach()
    {
        var messages = TelegramReplyRenderer.Render(Reply.Of(new string('&', 4096)), true, false);

        Assert.Single(messages);
    }

    [Fact]
    public void Render_WhitespaceOnly_ProducesNoMessage()
    {
        var messages = TelegramReplyRenderer.Render(Reply.Of("  \n\n  "), true, false);

        Assert.Empty(messages);
    }

    [Fact]
    public void Render_ButtonsOnALongAnswer_GoOnTheLastPartOnly()
    {
        var reply = Reply.Of(FaqLike(10_000), [new Button("Menu", Payloads.Command("menu"))]);

        var messages = TelegramReplyRenderer.Render(reply, true, false);

        Assert.Equal([false, false, true], messages.Select(m => (m.Markup as InlineKeyboardMarkup)?.InlineKeyboard is not null));
    }

    [Fact]
    public void Render_Buttons_BecomeInlineKeyboardWithThePayloadAsCallbackData()
    {
        var reply = Reply.Of("Pilih", [new Button("Iuran", Payloads.Topic("iuran")), new Button("JKK", Payloads.Topic("jkk"))]);

        var row = ((InlineKeyboardMarkup)TelegramReplyRenderer.Render(reply, true, false).Single().Markup!).InlineKeyboard.Single();

        Assert.Equal(["v1:m:iuran", "v1:m:jkk"], row.Select(b => b.CallbackData));
    }

    [Fact]
    public void Render_PayloadOver64Bytes_IsLeftOutRatherThanRefusedByTelegram()
    {
        var reply = Reply.Of("Pilih", [new Button("ok", "v1:m:iuran"), new Button("too long", "v1:e:" + new string('Ж', 40))]);

        var row = ((InlineKeyboardMarkup)TelegramReplyRenderer.Render(reply, true, false).Single().Markup!).InlineKeyboard.Single();

        Assert.Equal(["ok"], row.Select(b => b.Text));
    }

    [Fact]
    public void Render_PhoneQuestionInPrivateChat_OffersTheContactButton()
    {
        var reply = new Reply(RichText.From("Nomor HP?"), [[new Button("✖ Batal", Payloads.SignUp("cancel"))]], InputKind.Phone);

        var markup = (ReplyKeyboardMarkup)TelegramReplyRenderer.Render(reply, privateChat: true, removeReplyKeyboard: false).Single().Markup!;

        Assert.Equal((true, true, true), (markup.Keyboard.First().First().RequestContact == true, markup.OneTimeKeyboard == true, markup.ResizeKeyboard == true));
    }

    [Fact]
    public void Render_PhoneQuestionInGroup_NeverOffersTheContactButton()
    {
        var reply = new Reply(RichText.From("Nomor HP?"), [[new Button("✖ Batal", Payloads.SignUp("cancel"))]], InputKind.Phone);

        var markup = TelegramReplyRenderer.Render(reply, privateChat: false, removeReplyKeyboard: false).Single().Markup!;

        Assert.Equal((true, false), (markup is not ReplyKeyboardMarkup, markup is not InlineKeyboardMarkup));
    }

    [Fact]
    public void Render_AfterTheContactKeyboard_ReplyWithoutButtonsRemovesIt()
    {
        var messages = TelegramReplyRenderer.Render(Reply.Of("Terima kasih."), true, removeReplyKeyboard: true);

        Assert.True(messages.Single().Markup is ReplyKeyboardRemove { RemoveKeyboard: true });
    }

    [Fact]
    public void Render_AfterTheContactKeyboard_ReplyWithInlineButtonsIsPrecededByARemoval()
    {
        var reply = Reply.Of("(3/7) Kota?", [new Button("Kota Serang", Payloads.SignUp("r:0"))]);

        var messages = TelegramReplyRenderer.Render(reply, true, removeReplyKeyboard: true);

        Assert.Equal([true, false], messages.Select(m => m.Markup is ReplyKeyboardRemove { RemoveKeyboard: true }));
    }

    private static string FaqLike(int length)
    {
        var text = new System.Text.StringBuilder();
        var n = 0;
        while (text.Length < length)
        {
            text.Append("Iuran BPU dibayar setiap bulan sesuai penghasilan Anda dan bisa lewat JMO. ");
            if (++n % 6 == 0)
            {
                text.Append("\n\n");
            }
        }

        return text.ToString(0, length - 1) + ".";
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
