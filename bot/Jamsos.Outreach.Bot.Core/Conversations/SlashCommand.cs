namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>A typed command: "/start@JamsosBot ref_abc" is <c>start</c> with the argument <c>ref_abc</c>.</summary>
public sealed record SlashCommand(string Name, string Argument)
{
    private const int MaxNameLength = 32;

    /// <summary>Null when the text is not a command (no slash, or a name that is not 1 to 32 ASCII letters or digits).</summary>
    public static SlashCommand? Parse(string? text)
    {
        if (text is null || text.Length < 2 || text[0] != '/')
        {
            return null;
        }

        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\n', '\t']);
        var word = space < 0 ? trimmed[1..] : trimmed[1..space];
        var at = word.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            // Telegram appends the bot's name in groups ("/start@JamsosBot"); it is not part of the command.
            word = word[..at];
        }

        var argument = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return word.Length is > 0 and <= MaxNameLength && word.All(char.IsAsciiLetterOrDigit)
            ? new SlashCommand(word.ToLowerInvariant(), argument)
            : null;
    }
}
