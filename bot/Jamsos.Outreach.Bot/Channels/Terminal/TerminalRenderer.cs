using System.Globalization;
using System.Text;
using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Channels.Terminal;

/// <summary>
/// Renders a reply for a terminal: plain text, link buttons as plain address lines (a terminal opens no
/// button, but most make an address clickable), the other buttons as numbered choices. Control characters from
/// stored text (a name someone typed) are dropped so they cannot move the cursor or change colours.
/// </summary>
internal static class TerminalRenderer
{
    public static string Render(Reply reply, out IReadOnlyList<Button> choices)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        foreach (var span in reply.Text.Spans)
        {
            text.Append(span.Kind switch
            {
                TextSpanKind.LineBreak => "\n",
                TextSpanKind.Link => $"{Safe(span.Text)} ({Safe(span.Url ?? string.Empty)})",
                _ => Safe(span.Text),
            });
        }

        foreach (var link in reply.AllButtons.Where(b => b.IsLink))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{Safe(link.Label)}: {Safe(link.Url!)}");
        }

        var buttons = reply.AllButtons.Where(b => !b.IsLink).ToList();
        if (buttons.Count > 0)
        {
            text.Append('\n');
            for (var i = 0; i < buttons.Count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n  [{i + 1}] {Safe(buttons[i].Label)}");
            }
        }

        if (reply.Attachment is { } file)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n\n(file {file.FileName}, {file.Content.Length} bytes)");
        }

        choices = buttons;
        return text.ToString();
    }

    private static string Safe(string text) => new(text.Where(c => !char.IsControl(c)).ToArray());
}
