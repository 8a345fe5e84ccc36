using System.Text;
using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Channels.Discord.Rendering;

/// <summary>
/// Renders <see cref="RichText"/> as Discord markdown. Every plain and bold text is escaped, so a name
/// typed by a person ("*Siti*", "&lt;@&amp;role&gt;", "# big") shows as typed and never becomes formatting,
/// a masked link or a mention pill; bold and links are the only markup, and only ours.
/// </summary>
internal static class DiscordMarkdown
{
    public static string Render(RichText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder();
        foreach (var span in text.Spans)
        {
            switch (span.Kind)
            {
                case TextSpanKind.LineBreak:
                    output.Append('\n');
                    break;
                case TextSpanKind.Bold when span.Text.Length > 0:
                    output.Append("**");
                    Escape(span.Text, output);
                    output.Append("**");
                    break;
                case TextSpanKind.Link when IsWebUrl(span.Url):
                    output.Append('[');
                    Escape(span.Text, output);
                    output.Append("](").Append(span.Url!.Replace(")", "%29", StringComparison.Ordinal)).Append(')');
                    break;
                case TextSpanKind.Link:
                    Escape(span.Text, output);
                    break;
                default:
                    Escape(span.Text, output);
                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>Escapes text so Discord shows it literally.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length + 8);
        Escape(text, output);
        return output.ToString();
    }

    private static void Escape(string text, StringBuilder output)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lineStart = output.Length == 0 || output[^1] == '\n';
            switch (c)
            {
                // Inline markup, block quotes, spoilers, masked links and <@…>/<#…>/<t:…> tokens.
                case '\\' or '*' or '_' or '~' or '`' or '|' or '>' or '<' or '[' or ']':
                    output.Append('\\').Append(c);
                    break;

                // Headings ("# "), subtext ("-# ") and lists ("- ", "1. ") only start a line.
                case '#' or '-' or '+' when lineStart:
                    output.Append('\\').Append(c);
                    break;
                case '.' when i > 0 && char.IsAsciiDigit(text[i - 1]) && NumberStartsLine(output) && i + 1 < text.Length && text[i + 1] == ' ':
                    output.Append("\\.");
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }
    }

    private static bool NumberStartsLine(StringBuilder output)
    {
        var i = output.Length - 1;
        while (i >= 0 && char.IsAsciiDigit(output[i]))
        {
            i--;
        }

        return i < 0 || output[i] == '\n';
    }

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
