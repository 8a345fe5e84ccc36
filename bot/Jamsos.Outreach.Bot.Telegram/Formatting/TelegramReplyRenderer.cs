using System.Text;
using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Core.Conversations;
using Telegram.Bot.Types.ReplyMarkups;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Formatting;

/// <summary>
/// Renders an engine <see cref="Reply"/> as Telegram messages: spans to HTML (every piece of text
/// escaped, only &lt;b&gt; and &lt;a href&gt; emitted), split at natural breaks into parts of at most
/// 4096 visible characters, the keyboard on the last part. Buttons become an inline keyboard whose
/// callback data is the engine's versioned payload; a phone question in a private chat gets a reply
/// keyboard with a "share my number" button instead (request_contact only works in private chats, and a
/// message carries one keyboard, so the inline cancel button becomes a /batal key). Once that keyboard
/// was shown, the next reply removes it.
/// </summary>
internal static class TelegramReplyRenderer
{
    public const string ShareContactLabel = "📱 Kirim nomor saya / Share my number";
    public const string CancelKey = "/batal";
    public const string PhonePlaceholder = "0812 3456 7890";

    /// <summary>Sent on its own to carry ReplyKeyboardRemove when the next reply needs its inline keyboard.</summary>
    public const string KeyboardRemovedNote = "✔";

    public static IReadOnlyList<OutgoingMessage> Render(Reply reply, bool privateChat, bool removeReplyKeyboard, int maxLength = TelegramTextSplitter.MaxLength)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var (plain, runs) = Flatten(reply.Text);
        var parts = TelegramTextSplitter.Split(plain, maxLength);
        var messages = parts.Select(p => new OutgoingMessage(Html(plain, runs, p), plain[p])).ToList();
        if (messages.Count == 0)
        {
            return messages;
        }

        var asksPhone = reply.Expects == InputKind.Phone && privateChat;
        ReplyMarkup? markup = asksPhone ? ContactKeyboard() : InlineKeyboard(reply.Buttons);
        messages[^1] = messages[^1] with { Markup = markup };
        if (removeReplyKeyboard && !asksPhone)
        {
            if (markup is null)
            {
                messages[^1] = messages[^1] with { Markup = new ReplyKeyboardRemove() };
            }
            else if (messages.Count > 1)
            {
                messages[0] = messages[0] with { Markup = new ReplyKeyboardRemove() };
            }
            else
            {
                messages.Insert(0, new OutgoingMessage(KeyboardRemovedNote, KeyboardRemovedNote, new ReplyKeyboardRemove()));
            }
        }

        return messages;
    }

    /// <summary>
    /// The inline keyboard of the buttons, or null; buttons whose payload Telegram would refuse are left out.
    /// A link button becomes a URL button (http or https only: Telegram refuses a button with another scheme).
    /// </summary>
    public static InlineKeyboardMarkup? InlineKeyboard(IReadOnlyList<IReadOnlyList<Button>> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var rows = buttons
            .Select(row => row
                .Where(b => b.Label.Length > 0 && (b.IsLink ? IsWebUrl(b.Url) : TelegramRequestValidator.IsValidCallbackData(b.Payload)))
                .Select(b => b.IsLink ? InlineKeyboardButton.WithUrl(b.Label, b.Url!) : InlineKeyboardButton.WithCallbackData(b.Label, b.Payload))
                .ToList())
            .Where(row => row.Count > 0)
            .ToList();
        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    public static ReplyKeyboardMarkup ContactKeyboard() => new(
        [[KeyboardButton.WithRequestContact(ShareContactLabel)], [new KeyboardButton(CancelKey)]])
    {
        ResizeKeyboard = true,
        OneTimeKeyboard = true,
        InputFieldPlaceholder = PhonePlaceholder,
    };

    /// <summary>Rich text as one plain string plus the formatted runs over it (links count only their label).</summary>
    private static (string Plain, List<Run> Runs) Flatten(RichText text)
    {
        var plain = new StringBuilder();
        var runs = new List<Run>();
        foreach (var span in text.Spans)
        {
            var start = plain.Length;
            switch (span.Kind)
            {
                case TextSpanKind.Link when IsLinkable(span.Url):
                    plain.Append(span.Text);
                    runs.Add(new Run(start, span.Text.Length, TextSpanKind.Link, span.Url));
                    break;
                case TextSpanKind.Link:
                    // A URL Telegram would not accept in href is shown as text instead of dropped.
                    plain.Append(span.Text);
                    if (!string.IsNullOrEmpty(span.Url))
                    {
                        plain.Append(" (").Append(span.Url).Append(')');
                    }

                    break;
                case TextSpanKind.Bold:
                    plain.Append(span.Text);
                    runs.Add(new Run(start, span.Text.Length, TextSpanKind.Bold, null));
                    break;
                case TextSpanKind.LineBreak:
                    plain.Append('\n');
                    break;
                default:
                    plain.Append(span.Text);
                    break;
            }
        }

        return (plain.ToString(), runs);
    }

    private static string Html(string plain, List<Run> runs, Range part)
    {
        var (from, length) = part.GetOffsetAndLength(plain.Length);
        var to = from + length;
        var html = new StringBuilder(length + 32);
        var at = from;
        foreach (var run in runs)
        {
            var runStart = Math.Max(run.Start, from);
            var runEnd = Math.Min(run.Start + run.Length, to);
            if (runEnd <= runStart)
            {
                continue;
            }

            TelegramHtml.AppendText(html, plain.AsSpan(at, runStart - at));
            if (run.Kind == TextSpanKind.Bold)
            {
                html.Append("<b>");
                TelegramHtml.AppendText(html, plain.AsSpan(runStart, runEnd - runStart));
                html.Append("</b>");
            }
            else
            {
                html.Append("<a href=\"").Append(TelegramHtml.EscapeAttribute(run.Url!)).Append("\">");
                TelegramHtml.AppendText(html, plain.AsSpan(runStart, runEnd - runStart));
                html.Append("</a>");
            }

            at = runEnd;
        }

        TelegramHtml.AppendText(html, plain.AsSpan(at, to - at));
        return html.ToString();
    }

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static bool IsLinkable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "tg";

    private sealed record Run(int Start, int Length, TextSpanKind Kind, string? Url);
}
