namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// First pass over untrusted text, in one linear scan with a hard length cap (so 100 KB of input costs
/// no more than 4 KB): lower-case, Latin accents folded, everything that is not a letter or digit
/// becomes a space (emoji, control characters, markup, other scripts), '.' and ',' kept between
/// digits for amounts, runs of three or more identical letters squeezed to one ("bangettt").
/// </summary>
public static class TextNormalizer
{
    /// <summary>Questions are short; beyond this the rest is ignored.</summary>
    public const int MaxInputLength = 4000;

    public static string Normalize(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return string.Empty;
        }

        var source = input.AsSpan(0, Math.Min(input.Length, MaxInputLength));
        var buffer = new char[source.Length];
        var length = 0;
        var squeezed = '\0';
        for (var i = 0; i < source.Length; i++)
        {
            var c = Fold(source[i]);
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (c == squeezed && buffer[length - 1] == c)
                {
                    continue;
                }

                squeezed = '\0';
                if (c is >= 'a' and <= 'z' && length >= 2 && buffer[length - 1] == c && buffer[length - 2] == c)
                {
                    // A third identical letter: the writer stretched the word; keep one.
                    length--;
                    squeezed = c;
                    continue;
                }

                buffer[length++] = c;
                continue;
            }

            squeezed = '\0';
            if ((c == '.' || c == ',') && length > 0 && char.IsAsciiDigit(buffer[length - 1]) && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1]))
            {
                buffer[length++] = c;
            }
            else if (c == '\'' || c == '\u2019')
            {
                // "can't" → "cant", "Jum'at" → "jumat"
            }
            else if (length > 0 && buffer[length - 1] != ' ')
            {
                buffer[length++] = ' ';
            }
        }

        return ExpandReduplication(new string(buffer, 0, length).TrimEnd());
    }

    /// <summary>Chat writes reduplicated words with a 2: "pura2" is "pura pura", "anak2" is "anak anak".</summary>
    private static string ExpandReduplication(string text)
    {
        if (!text.Contains('2', StringComparison.Ordinal))
        {
            return text;
        }

        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length >= 3 && w[^1] == '2' && char.IsAsciiLetterLower(w[^2]) && char.IsAsciiLetterLower(w[0]))
            {
                var root = w[..^1];
                words[i] = root + " " + root;
            }
        }

        return string.Join(' ', words);
    }

    private static char Fold(char c)
    {
        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + 32);
        }

        if (c < 'À')
        {
            return c;
        }

        return c switch
        {
            >= 'À' and <= 'Å' or >= 'à' and <= 'å' => 'a',
            'Ç' or 'ç' => 'c',
            >= 'È' and <= 'Ë' or >= 'è' and <= 'ë' => 'e',
            >= 'Ì' and <= 'Ï' or >= 'ì' and <= 'ï' => 'i',
            'Ñ' or 'ñ' => 'n',
            >= 'Ò' and <= 'Ö' or >= 'ò' and <= 'ö' => 'o',
            >= 'Ù' and <= 'Ü' or >= 'ù' and <= 'ü' => 'u',
            'Ý' or 'ý' or 'ÿ' => 'y',
            _ => ' ',
        };
    }
}
