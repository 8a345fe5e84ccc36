using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Channels.Discord.Rendering;

/// <summary>
/// Turns a <see cref="Reply"/> into Discord message bodies: escaped markdown split into chunks of at most
/// 2000 characters, buttons as action rows (at most 5 rows of 5) on the last chunk only, no pings
/// (allowed_mentions parse []), and the ephemeral flag when asked. Files (staff exports) are not sent on
/// Discord; the text says so.
/// </summary>
internal static class DiscordRenderer
{
    public const int MaxRows = 5;
    public const int MaxButtonsPerRow = 5;
    public const int MaxLabelLength = 80;

    public static IReadOnlyList<MessageBody> Render(Reply reply, string? ownerId, bool ephemeral)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var content = DiscordMarkdown.Render(reply.Text);
        if (reply.Attachment is { } file)
        {
            content += $"\n\n({file.FileName}: use the export command on the server; files are not sent over Discord.)";
        }

        var chunks = MessageSplitter.Split(content.Length == 0 ? "…" : content);
        var rows = Rows(reply.Buttons, ownerId);
        return chunks.Select((chunk, i) => new MessageBody
        {
            Content = chunk,
            Flags = ephemeral ? MessageFlags.Ephemeral : null,
            AllowedMentions = AllowedMentions.None,
            Components = i == chunks.Count - 1 && rows.Count > 0 ? rows : null,
        }).ToList();
    }

    /// <summary>
    /// Buttons as action rows. The engine's layouts fit Telegram (menus up to six rows of two, an answer a few more rows);
    /// over five rows the two neighbouring rows with the fewest buttons between them are joined, again until five are
    /// left, so buttons that belong together (an answer's feedback, its related entries, its next steps) stay side by
    /// side; only when no two neighbours fit in one row of five are they repacked evenly. Duplicate ids are dropped
    /// (Discord rejects a message with two equal custom ids).
    /// </summary>
    public static IReadOnlyList<Component> Rows(IReadOnlyList<IReadOnlyList<Button>> buttons, string? ownerId)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = buttons
            .Select(row => row.Select(b => ToButton(b, ownerId)).Where(b => seen.Add(b.CustomId ?? b.Url!)).ToList())
            .Where(row => row.Count > 0)
            .ToList();
        while (rows.Count > MaxRows && rows.All(r => r.Count <= MaxButtonsPerRow))
        {
            var join = Enumerable.Range(0, rows.Count - 1).MinBy(i => rows[i].Count + rows[i + 1].Count);
            if (rows[join].Count + rows[join + 1].Count > MaxButtonsPerRow)
            {
                break;
            }

            rows[join].AddRange(rows[join + 1]);
            rows.RemoveAt(join + 1);
        }

        if (rows.Count > MaxRows || rows.Any(r => r.Count > MaxButtonsPerRow))
        {
            var all = rows.SelectMany(r => r).Take(MaxRows * MaxButtonsPerRow).ToList();
            var perRow = Math.Min(MaxButtonsPerRow, (all.Count + MaxRows - 1) / MaxRows);
            rows = all.Chunk(Math.Max(1, perRow)).Select(c => c.ToList()).ToList();
        }

        return rows.Select(r => new Component { Type = ComponentTypes.ActionRow, Components = r }).ToList();
    }

    /// <summary>A link button is Discord's style 5: it carries a url and no custom_id, and Discord sends no interaction for it.</summary>
    private static Component ToButton(Button button, string? ownerId) => new()
    {
        Type = ComponentTypes.Button,
        Style = button.IsLink ? ButtonStyles.Link : StyleOf(button.Payload),
        Label = button.Label.Length <= MaxLabelLength ? button.Label : button.Label[..(MaxLabelLength - 1)] + "…",
        CustomId = button.IsLink ? null : DiscordCustomId.ForPayload(button.Payload, ownerId),
        Url = button.Url,
    };

    private static int StyleOf(string payload) => payload switch
    {
        DiscordCustomId.SignUpStart or DiscordCustomId.SignUpRetry => ButtonStyles.Primary,
        _ => PayloadCodec.TryDecode(payload, out var pressed) ? pressed switch
        {
            SignUpConfirmPayload => ButtonStyles.Success,
            SignUpCancelPayload or CalculatorCancelPayload => ButtonStyles.Danger,
            _ => ButtonStyles.Secondary,
        } : ButtonStyles.Secondary,
    };
}
