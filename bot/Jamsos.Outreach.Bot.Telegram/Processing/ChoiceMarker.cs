using Jamsos.Outreach.Bot.Channels.Telegram.Formatting;
using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;
using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Processing;

/// <summary>
/// After a form button is pressed, the question it was on is edited to show the choice ("✔ Kota
/// Serang") without its keyboard, so the form reads as a record and an old step cannot be pressed
/// twice. Menus and answer buttons are left alone: pressing them again is fine. The original's bold is
/// lost in the edit (a callback carries the text, not our spans): a cosmetic trade-off.
/// </summary>
internal static class ChoiceMarker
{
    /// <summary>The new HTML for the pressed message, or null when it should stay as it is.</summary>
    public static string? MarkedText(InboundCallback callback, string? payload, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(reply);
        if (callback is not { MessageId: not null, MessageText: { Length: > 0 } text }
            || !PayloadCodec.TryDecode(payload, out var decoded) || !IsOneTimeChoice(decoded))
        {
            return null;
        }

        // A stale button (the form moved on): take its keyboard away without claiming a choice.
        var plain = reply.Text.ToPlainText();
        var stale = plain == BotTexts.OldButton(Language.Id) || plain == BotTexts.OldButton(Language.En);
        var html = TelegramHtml.EscapeText(text)
            + (stale || callback.PressedLabel is null ? string.Empty : "\n\n✔ <b>" + TelegramHtml.EscapeText(callback.PressedLabel) + "</b>");
        return TelegramHtml.VisibleLength(html) <= TelegramTextSplitter.MaxLength ? html : null;
    }

    /// <summary>One-time choices: sign-up steps, calculator, language, feedback.</summary>
    private static bool IsOneTimeChoice(Payload payload) =>
        payload is SignUpPayload or CalculatorPayload or LanguagePayload or FeedbackPayload;
}
