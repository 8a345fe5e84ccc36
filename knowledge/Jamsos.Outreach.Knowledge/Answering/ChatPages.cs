using System.Text;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// Cuts a chat answer's summary into screens: each ends after a sentence (a '.', '!' or '?' before a
/// capital or a digit) or a line break, never inside a word or a number ("Rp16.800"), and the screens
/// joined back give the text again. A sentence longer than a screen is kept whole.
/// </summary>
internal static class ChatPages
{
    public static IReadOnlyList<string> Split(string text, int firstLength, int pageLength)
    {
        var pages = new List<string>();
        var page = new StringBuilder();
        var limit = firstLength;
        foreach (var sentence in Sentences(text))
        {
            if (page.Length > 0 && page.Length + sentence.TrimEnd().Length > limit)
            {
                pages.Add(page.ToString().TrimEnd());
                page.Clear();
                limit = pageLength;
            }

            page.Append(sentence);
        }

        pages.Add(page.ToString().TrimEnd());
        return pages;
    }

    /// <summary>The text in pieces that each end with a sentence and the spaces after it.</summary>
    private static List<string> Sentences(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (!(text[i] == '\n' || (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]) && StartsSentence(text, i + 1))))
            {
                continue;
            }

            var next = i + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            pieces.Add(text[start..next]);
            start = next;
            i = next - 1;
        }

        if (start < text.Length)
        {
            pieces.Add(text[start..]);
        }

        return pieces;
    }

    private static bool StartsSentence(string text, int from)
    {
        var rest = text.AsSpan(from).TrimStart();
        return rest.Length > 0 && (char.IsUpper(rest[0]) || char.IsDigit(rest[0]) || rest[0] is '"' or '“' or '(');
    }
}
