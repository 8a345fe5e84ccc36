namespace Jamsos.Outreach.Bot.Channels.Discord.Rendering;

/// <summary>
/// Splits text over Discord's 2000-character message limit (counted in UTF-16 code units, the
/// conservative reading) on paragraph, then line, then word boundaries; never inside a surrogate pair or
/// right after an escaping backslash; and keeps code fences balanced by closing an open fence at the end
/// of a chunk and reopening it at the start of the next.
/// </summary>
internal static class MessageSplitter
{
    public const int MaxLength = 2000;
    private const string Fence = "```";

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var hasFences = text.Contains(Fence, StringComparison.Ordinal);

        // Room for a reopened fence at the start ("```\n") and a closing one at the end ("\n```").
        var budget = hasFences ? maxLength - 8 : maxLength;
        var chunks = new List<string>();
        var rest = text;
        var openFence = false;
        while (rest.Length > 0)
        {
            var prefix = openFence ? Fence + "\n" : string.Empty;
            string piece;
            if (rest.Length <= budget)
            {
                piece = rest;
                rest = string.Empty;
            }
            else
            {
                var cut = CutPoint(rest, budget);
                piece = rest[..cut].TrimEnd();
                rest = rest[cut..].TrimStart('\n', ' ');
            }

            var fencesInPiece = CountFences(piece);
            var endsOpen = openFence ^ (fencesInPiece % 2 == 1);
            var chunk = prefix + piece + (endsOpen && rest.Length > 0 ? "\n" + Fence : string.Empty);
            if (chunk.Trim().Length > 0)
            {
                chunks.Add(chunk);
            }

            openFence = endsOpen;
        }

        return chunks;
    }

    private static int CutPoint(string text, int budget)
    {
        var window = text[..budget];
        var cut = window.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (cut < budget / 2)
        {
            cut = window.LastIndexOf('\n');
        }

        if (cut < budget / 2)
        {
            cut = window.LastIndexOf(' ');
        }

        if (cut < budget / 4)
        {
            cut = budget;
        }

        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // An escaping backslash must stay with the character it escapes.
        var backslashes = 0;
        while (cut - 1 - backslashes >= 0 && text[cut - 1 - backslashes] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1 ? cut - 1 : cut;
    }

    private static int CountFences(string text)
    {
        var count = 0;
        for (var i = text.IndexOf(Fence, StringComparison.Ordinal); i >= 0; i = text.IndexOf(Fence, i + Fence.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
