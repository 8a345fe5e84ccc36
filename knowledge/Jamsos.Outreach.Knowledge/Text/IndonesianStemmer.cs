using System.Collections.Frozen;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// Affix stripping for Indonesian after Tala (2003), the algorithm behind the Snowball and Lucene
/// Indonesian stemmers: particles (-kah, -lah, -pun), possessives (-ku, -mu, -nya), first-order prefixes
/// (meng-, meny-, men-, mem-, me-, peng-, peny-, pen-, pem-, di-, ter-, ke-), second-order prefixes (ber-,
/// per-, pe-), and suffixes (-kan, -an, -i). A step only runs while the word keeps more than two
/// syllables, which protects short roots ("bulan", "iuran" stays "iur" consistently on both sides).
/// </summary>
public static class IndonesianStemmer
{
    private const int RemovedKe = 1;
    private const int RemovedPeng = 2;
    private const int RemovedDi = 4;
    private const int RemovedMeng = 8;
    private const int RemovedTer = 16;
    private const int RemovedBer = 32;
    private const int RemovedPe = 64;

    /// <summary>
    /// Words whose "affix" is part of the root, where stripping would merge them with another word:
    /// "berapa" is not ber+apa, "kenapa" not ke+napa, "pekerja" keeps its sense as worker.
    /// </summary>
    private static readonly FrozenSet<string> Protected = new[]
    {
        "berapa", "kenapa", "belum", "bulan", "sekarang", "penipu", "penipuan", "peserta", "pemda", "pensiun",
        "kepada", "keluarga", "perlu", "pernah", "benar", "betul", "berita", "bersama", "medis", "menu", "perisai",
        "meninggal", "kematian", "kesehatan", "ketenagakerjaan", "pedagang", "petani", "nelayan", "diskon",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length < 4 || Protected.Contains(word) || !word.All(char.IsAsciiLetterLower))
        {
            return word;
        }

        var s = word;
        var flags = 0;
        if (Syllables(s) > 2)
        {
            s = RemoveParticle(s);
        }

        if (Syllables(s) > 2)
        {
            s = RemovePossessive(s);
        }

        if (Syllables(s) > 2)
        {
            var afterFirst = RemoveFirstOrderPrefix(s, ref flags);
            if (afterFirst != s)
            {
                s = afterFirst;
                if (Syllables(s) > 2)
                {
                    var afterSuffix = RemoveSuffix(s, flags);
                    if (afterSuffix != s)
                    {
                        s = afterSuffix;
                        if (Syllables(s) > 2)
                        {
                            s = RemoveSecondOrderPrefix(s, ref flags);
                        }
                    }
                }
            }
            else
            {
                s = RemoveSecondOrderPrefix(s, ref flags);
                if (Syllables(s) > 2)
                {
                    s = RemoveSuffix(s, flags);
                }
            }
        }

        return s.Length >= 3 ? s : word;
    }

    private static int Syllables(string s)
    {
        var count = 0;
        foreach (var c in s)
        {
            if (IsVowel(c))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string RemoveParticle(string s) =>
        s.EndsWith("kah", StringComparison.Ordinal) || s.EndsWith("lah", StringComparison.Ordinal) || s.EndsWith("pun", StringComparison.Ordinal)
            ? s[..^3]
            : s;

    private static string RemovePossessive(string s)
    {
        if (s.EndsWith("nya", StringComparison.Ordinal))
        {
            return s[..^3];
        }

        return s.EndsWith("ku", StringComparison.Ordinal) || s.EndsWith("mu", StringComparison.Ordinal) ? s[..^2] : s;
    }

    private static string RemoveFirstOrderPrefix(string s, ref int flags)
    {
        if (s.StartsWith("meng", StringComparison.Ordinal))
        {
            flags |= RemovedMeng;
            return s[4..];
        }

        if (s.StartsWith("meny", StringComparison.Ordinal) && s.Length > 4 && IsVowel(s[4]))
        {
            flags |= RemovedMeng;
            return "s" + s[4..];
        }

        if (s.StartsWith("men", StringComparison.Ordinal) || s.StartsWith("mem", StringComparison.Ordinal))
        {
            flags |= RemovedMeng;
            return s[3..];
        }

        if (s.StartsWith("me", StringComparison.Ordinal))
        {
            flags |= RemovedMeng;
            return s[2..];
        }

        if (s.StartsWith("peng", StringComparison.Ordinal))
        {
            flags |= RemovedPeng;
            return s[4..];
        }

        if (s.StartsWith("peny", StringComparison.Ordinal) && s.Length > 4 && IsVowel(s[4]))
        {
            flags |= RemovedPeng;
            return "s" + s[4..];
        }

        if (s.StartsWith("pen", StringComparison.Ordinal) || s.StartsWith("pem", StringComparison.Ordinal))
        {
            flags |= RemovedPeng;
            return s[3..];
        }

        if (s.StartsWith("di", StringComparison.Ordinal))
        {
            flags |= RemovedDi;
            return s[2..];
        }

        if (s.StartsWith("ter", StringComparison.Ordinal))
        {
            flags |= RemovedTer;
            return s[3..];
        }

        if (s.StartsWith("ke", StringComparison.Ordinal))
        {
            flags |= RemovedKe;
            return s[2..];
        }

        return s;
    }

    private static string RemoveSecondOrderPrefix(string s, ref int flags)
    {
        if (s.StartsWith("ber", StringComparison.Ordinal))
        {
            flags |= RemovedBer;
            return s[3..];
        }

        if (s == "belajar")
        {
            flags |= RemovedBer;
            return "ajar";
        }

        if (s.StartsWith("be", StringComparison.Ordinal) && s.Length > 4 && !IsVowel(s[2]) && s[3] == 'e' && s[4] == 'r')
        {
            flags |= RemovedBer;
            return s[2..];
        }

        if (s.StartsWith("per", StringComparison.Ordinal))
        {
            return s[3..];
        }

        if (s == "pelajar")
        {
            return "ajar";
        }

        if (s.StartsWith("pe", StringComparison.Ordinal))
        {
            flags |= RemovedPe;
            return s[2..];
        }

        return s;
    }

    private static string RemoveSuffix(string s, int flags)
    {
        if (s.EndsWith("kan", StringComparison.Ordinal) && (flags & (RemovedKe | RemovedPeng | RemovedPe)) == 0)
        {
            return s[..^3];
        }

        if (s.EndsWith("an", StringComparison.Ordinal) && (flags & (RemovedDi | RemovedMeng | RemovedTer)) == 0)
        {
            return s[..^2];
        }

        if (s.EndsWith('i') && !s.EndsWith("si", StringComparison.Ordinal) && (flags & (RemovedBer | RemovedKe | RemovedPeng)) == 0)
        {
            return s[..^1];
        }

        return s;
    }
}
