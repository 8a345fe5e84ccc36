namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// Turns text into canonical tokens, the same way for content and for questions: normalise, read
/// amounts, join known phrases, map slang and regional words, drop stop words, fix typos against the
/// content vocabulary (questions only), stem.
/// </summary>
public static class Analyzer
{
    /// <summary>Stands for an amount of money in the token stream (income-sized: Rp100.000 to Rp10 juta).</summary>
    public const string AmountToken = "nominal";

    /// <summary>A contribution-sized amount (under Rp100.000: "16.800", "8 ribuan").</summary>
    public const string SmallAmountToken = "nominalkecil";

    /// <summary>A benefit-sized amount (Rp10 juta and more: "42 juta", "70 juta").</summary>
    public const string LargeAmountToken = "nominalbesar";

    /// <summary>The token for an amount: its scale says what it likely is (a contribution, an income, a benefit).</summary>
    public static string AmountTokenFor(decimal amount) =>
        amount < 100_000m ? SmallAmountToken : amount >= 10_000_000m ? LargeAmountToken : AmountToken;

    /// <summary>More tokens than any real question has; the rest is ignored.</summary>
    public const int MaxTokens = 300;

    public static AnalyzedText Analyze(string? text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0)
        {
            return new AnalyzedText([], [], string.Empty);
        }

        var raw = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = Math.Min(raw.Length, MaxTokens);
        var tokens = new List<string>(count);
        var amounts = new List<decimal>();
        for (var i = 0; i < count;)
        {
            var token = raw[i];
            if (token.Length > 2 && token[0] == 'r' && token[1] == 'p' && char.IsAsciiDigit(token[2]))
            {
                // "Rp3.000.000" written without a space: the currency prefix is not part of the number.
                token = raw[i] = token[2..];
            }

            if (char.IsAsciiDigit(token[0]))
            {
                if (AmountParser.TryRead(raw, i, out var amount, out var consumed))
                {
                    amounts.Add(amount);
                    tokens.Add(AmountTokenFor(amount));
                    i += consumed;
                }
                else
                {
                    i++;
                }

                continue;
            }

            if (PhraseLexicon.FirstWords.Contains(token) && TryPhrase(raw, i, count, out var joined, out var length))
            {
                tokens.Add(joined);
                i += length;
                continue;
            }

            tokens.Add(SlangLexicon.Map.TryGetValue(token, out var canonical) ? canonical : token);
            i++;
        }

        return new AnalyzedText(tokens, amounts, normalized);
    }

    /// <summary>The content-bearing tokens: stop words dropped, typos fixed (when a corrector is given), stemmed.</summary>
    public static List<string> Terms(IReadOnlyList<string> tokens, Content.Language language, SpellingCorrector? corrector = null)
    {
        var words = ContentWords(tokens, corrector);
        for (var i = 0; i < words.Count; i++)
        {
            words[i] = Stem(words[i], language);
        }

        return words;
    }

    /// <summary>
    /// Stop words dropped and typos fixed, not yet stemmed: the language-independent half of
    /// <see cref="Terms"/>, done once per question even when it is ranked in both languages.
    /// </summary>
    public static List<string> ContentWords(IReadOnlyList<string> tokens, SpellingCorrector? corrector = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var words = new List<string>(tokens.Count);
        foreach (var token in tokens)
        {
            if (StopWords.All.Contains(token) || token.Length < 2)
            {
                continue;
            }

            var word = token;
            if (corrector is not null && !corrector.IsKnown(word))
            {
                word = corrector.Correct(word) ?? word;
                if (SlangLexicon.Map.TryGetValue(word, out var canonical))
                {
                    word = canonical;
                }
            }

            words.Add(word);
        }

        return words;
    }

    public static string Stem(string word, Content.Language language) =>
        language == Content.Language.En ? EnglishStemmer.Stem(word) : IndonesianStemmer.Stem(word);

    private static bool TryPhrase(string[] raw, int start, int count, out string joined, out int length)
    {
        for (length = Math.Min(PhraseLexicon.MaxWords, count - start); length >= 1; length--)
        {
            var phrase = length == 1 ? raw[start] : string.Join(' ', raw, start, length);
            if (PhraseLexicon.Map.TryGetValue(phrase, out joined!))
            {
                return true;
            }
        }

        joined = string.Empty;
        length = 0;
        return false;
    }
}
