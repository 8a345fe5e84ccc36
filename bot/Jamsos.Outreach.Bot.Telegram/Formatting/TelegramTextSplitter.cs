namespace Jamsos.Outreach.Bot.Channels.Telegram.Formatting;

/// <summary>
/// Cuts visible text into parts of at most 4096 UTF-16 units (Telegram's limit after entity parsing),
/// preferring a paragraph break, then a line break, then the end of a sentence, then a space, and never
/// cutting a surrogate pair. Whitespace at the cuts is dropped, and parts that would be empty are not
/// produced (Telegram refuses empty texts). Works on the plain text so each part can then be formatted
/// on its own and no tag ever spans two messages.
/// </summary>
internal static class TelegramTextSplitter
{
    public const int MaxLength = 4096;

    /// <summary>The parts as ranges of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Range> Split(string text, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var parts = new List<Range>();
        var start = SkipWhitespace(text, 0);
        while (start < text.Length)
        {
            var cut = text.Length - start <= maxLength ? text.Length : FindCut(text, start, start + maxLength, maxLength);
            var end = cut;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                parts.Add(start..end);
            }

            start = SkipWhitespace(text, cut);
        }

        return parts;
    }

    /// <summary>Where to end the part that starts at <paramref name="start"/> and may not reach past <paramref name="limit"/>.</summary>
    private static int FindCut(string text, int start, int limit, int maxLength)
    {
        // A break too close to the start would make a run of tiny messages: the part must be at least a third full.
        var minimum = start + (maxLength / 3);
        var window = text.AsSpan(start, limit - start);

        var paragraph = window.LastIndexOf("\n\n");
        if (paragraph >= 0 && start + paragraph > minimum)
        {
            return start + paragraph;
        }

        var line = window.LastIndexOf('\n');
        if (line >= 0 && start + line > minimum)
        {
            return start + line;
        }

        var sentence = LastSentenceEnd(window);
        if (sentence >= 0 && start + sentence > minimum)
        {
            return start + sentence;
        }

        var space = window.LastIndexOfAny(' ', '\t');
        if (space >= 0 && start + space > minimum)
        {
            return start + space;
        }

        // No natural break: cut hard, but never between the two halves of a surrogate pair (an emoji).
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    /// <summary>The index just after the last ". ", "! ", "? " (or "…") in the window, or -1.</summary>
    private static int LastSentenceEnd(ReadOnlySpan<char> window)
    {
        for (var i = window.Length - 2; i >= 0; i--)
        {
            if (window[i] is '.' or '!' or '?' or '…' && char.IsWhiteSpace(window[i + 1]))
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
