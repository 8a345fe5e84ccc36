using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// What kind of answer a question wants, from its canonical tokens (after slang mapping, so "brp",
/// "piro" and "sabaraha" are all "berapa", and "opo", "naon" are "apa"). Checked from the most
/// specific kind to the least: a definition ("apa itu", "artinya"), a time ("kapan", "berapa lama"),
/// steps ("cara", "syarat"), a place ("di mana"), an amount ("berapa"), a what-if ("kalau … gimana"),
/// a yes or no ("apakah", "bisa … ga?").
/// </summary>
public static class AnswerKindDetector
{
    private static readonly FrozenSet<string> DefinitionPartners = Set("itu", "iku", "kuwi", "teh", "sih", "tuh", "ya", "is", "are", "does", "maksud", "maksudnya");
    private static readonly FrozenSet<string> DefinitionWords = Set("artinya", "arti", "maksudnya", "dimaksud", "pengertian", "singkatan", "kepanjangan", "definisi", "mean", "meaning", "means", "stand", "stands", "bedanya", "beda", "perbedaan", "difference", "apaan");
    private static readonly FrozenSet<string> TimeWords = Set("kapan", "when", "deadline", "tenggat", "kadaluarsa", "kedaluwarsa", "hangus", "lambat", "batas");
    private static readonly FrozenSet<string> DurationWords = Set("lama", "hari", "minggu", "jam", "long");
    private static readonly FrozenSet<string> HowWords = Set("cara", "caranya", "langkah", "prosedur", "syarat", "ngurus", "mengurus", "urus", "steps", "procedure", "tutorial", "alur", "mekanisme");
    private static readonly FrozenSet<string> PlaceWords = Set("mana", "where", "alamat", "lokasi", "alamatnya", "lokasinya", "terdekat", "nearest");
    private static readonly FrozenSet<string> AmountWords = Set("berapa", "much", "besaran", "besarnya", "nominal", "jumlah", "biaya", "harga", "tarif");
    private static readonly FrozenSet<string> IfWords = Set("kalau", "jika", "bila", "apabila", "jikalau", "seandainya", "andai", "if", "gimana", "bagaimana", "nasib", "terjadi", "happens", "happen");
    private static readonly FrozenSet<string> YesNoWords = Set("apakah", "bisa", "boleh", "dapat", "tidak", "can", "could", "is", "are", "does", "do", "will", "benarkah", "bener", "benar", "emang", "memang", "wajib", "harus", "perlu", "masih", "kah", "termasuk", "ditanggung", "covered");

    private static readonly FrozenSet<string> ListOfWhatWords = Set("perlu", "harus", "dibawa", "disiapkan", "disiapin", "dipersiapkan", "dokumen", "berkas", "bawa", "need", "bring", "prepare", "submit", "documents");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    public static AnswerKind Detect(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            return AnswerKind.Other;
        }

        if (IsDefinition(tokens))
        {
            return AnswerKind.Definition;
        }

        var berapaAt = IndexOf(tokens, "berapa");
        if (Has(tokens, TimeWords) || (berapaAt >= 0 && berapaAt + 1 < tokens.Count && (DurationWords.Contains(tokens[berapaAt + 1]) || tokens[berapaAt + 1] is "bulan" or "tahun")) || HasPair(tokens, "how", "long"))
        {
            return AnswerKind.Time;
        }

        if (Has(tokens, HowWords) || HasPair(tokens, "how", "to") || HasPair(tokens, "how", "do") || HasPair(tokens, "how", "can") || HasPair(tokens, "bagaimana", "cara"))
        {
            return AnswerKind.HowTo;
        }

        if (IsPlace(tokens))
        {
            return AnswerKind.Place;
        }

        if (Has(tokens, AmountWords) || HasPair(tokens, "how", "much") || HasPair(tokens, "how", "many"))
        {
            return AnswerKind.Amount;
        }

        var ifAt = tokens.ToList().FindIndex(t => t is "kalau" or "jika" or "bila" or "apabila" or "seandainya" or "if");
        if (ifAt >= 0 && (Has(tokens, IfWords, ifAt + 1) || HasPair(tokens, "what", "if")))
        {
            return AnswerKind.WhatIf;
        }

        if (HasPair(tokens, "what", "happens") || HasPair(tokens, "apa", "akibatnya"))
        {
            return AnswerKind.WhatIf;
        }

        // "what do I need to claim", "what should I bring", "apa saja yang perlu disiapkan": a list of what to do, not a yes or no.
        if ((HasPair(tokens, "what", "do") && Has(tokens, ListOfWhatWords)) || HasPair(tokens, "what", "should") || HasPair(tokens, "what", "must")
            || ((HasPair(tokens, "apa", "saja") || HasPair(tokens, "apa", "aja")) && Has(tokens, ListOfWhatWords)))
        {
            return AnswerKind.HowTo;
        }

        if (Has(tokens, YesNoWords) || tokens[^1] is "tidak" or "belum" or "nggak")
        {
            return AnswerKind.YesNo;
        }

        return HasPair(tokens, "bagaimana", null) ? AnswerKind.HowTo : AnswerKind.Other;
    }

    private static bool IsDefinition(IReadOnlyList<string> tokens)
    {
        if (Has(tokens, DefinitionWords) && !Has(tokens, HowWords))
        {
            return true;
        }

        // "apa itu jkk", "jkk itu apa", "jkk teh naon", "what is jht" — but not "apa saja" (a list),
        // "apa itu bisa …" (a yes/no) or "what is the contribution" followed by how much.
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is "apa" or "what")
            {
                var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
                var previous = i > 0 ? tokens[i - 1] : null;
                if (next is not null && DefinitionPartners.Contains(next) && i + 2 < tokens.Count && tokens[i + 2] is not ("bisa" or "boleh" or "saja" or "syarat" or "dapat" or "harus" or "benar"))
                {
                    return true;
                }

                if (previous is not null && DefinitionPartners.Contains(previous) && i == tokens.Count - 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A word asking for a place ("di mana", "alamat", "where"), not "yang mana" (which one).</summary>
    internal static bool IsPlace(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (PlaceWords.Contains(tokens[i]) && !(tokens[i] == "mana" && i > 0 && tokens[i - 1] is "yang" or "which"))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(IReadOnlyList<string> tokens, string word)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == word)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Has(IReadOnlyList<string> tokens, FrozenSet<string> words, int from = 0)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (words.Contains(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPair(IReadOnlyList<string> tokens, string first, string? second)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] == first && (second is null || (i + 1 < tokens.Count && tokens[i + 1] == second)))
            {
                return true;
            }
        }

        return false;
    }
}
