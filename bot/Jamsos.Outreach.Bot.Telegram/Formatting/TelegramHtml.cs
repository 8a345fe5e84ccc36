using System.Text;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Formatting;

/// <summary>
/// Telegram's HTML parse mode, the small part we use: escape text (&amp; &lt; &gt;), escape attribute
/// values (also &quot;), and measure the visible length the 4096 limit applies to. Deliberately not
/// HtmlEncoder.Default, which would turn every non-ASCII letter and emoji into a numeric entity.
/// </summary>
internal static class TelegramHtml
{
    /// <summary>The tags this channel ever emits; all are on Telegram's whitelist.</summary>
    public static readonly IReadOnlySet<string> EmittedTags = new HashSet<string>(StringComparer.Ordinal) { "b", "a" };

    public static string EscapeText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny('&', '<', '>') < 0 ? text : Escape(text, attribute: false);
    }

    public static string EscapeAttribute(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny("&<>\"") < 0 ? value : Escape(value, attribute: true);
    }

    public static void AppendText(StringBuilder html, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                _ => html.Append(c),
            };
        }
    }

    /// <summary>
    /// The length Telegram counts: UTF-16 units of the text once tags are removed and each entity
    /// (&amp;amp;, &amp;#NNN;) is one character. Good enough for HTML this channel produced.
    /// </summary>
    public static int VisibleLength(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var length = 0;
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (c == '<')
            {
                var close = html.IndexOf('>', i);
                i = close < 0 ? html.Length : close;
                continue;
            }

            if (c == '&')
            {
                var semicolon = html.IndexOf(';', i);
                if (semicolon > i && semicolon - i <= 10)
                {
                    i = semicolon;
                }
            }

            length++;
        }

        return length;
    }

    private static string Escape(string text, bool attribute)
    {
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' when attribute => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }

        return html.ToString();
    }
}
