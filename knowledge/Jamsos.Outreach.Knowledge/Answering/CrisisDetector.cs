using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// Tells a message that reports a death or an accident ("suami saya meninggal kemarin, apa yang harus
/// saya urus?", "I fell off a ladder at work yesterday") from a question about them ("berapa santunan
/// kematian?", "kalau saya kecelakaan waktu narik, ditanggung?"). Precision first, as for abuse: a
/// missed crisis still gets its answer, but condolences on a general question would be odd.
/// <list type="bullet">
/// <item>a death: a death word, someone close (suami, ibu, anakku, my father), and a sign that it is
/// the writer's own loss or has happened (saya, my, kemarin, sudah, almarhum);</item>
/// <item>an accident: an accident word right after the person it happened to ("suami saya kecelakaan",
/// "I had an accident"), or beside a time it happened (kemarin, tadi, yesterday);</item>
/// <item>never when a condition or a negation comes first in the same clause ("kalau saya meninggal",
/// "if I die", "belum pernah kecelakaan"): that is a question about what would happen.</item>
/// </list>
/// Token look-ups per clause on the analysed text (canonical words from the lexicons): linear time.
/// </summary>
internal static class CrisisDetector
{
    // Canonical tokens stand for their variants: "meninggal" for wafat, seda, tilar donya, passed away,
    // died; "kecelakaan" for jatuh, tabrakan, ditabrak, accident.
    private const string DeathToken = "meninggal";
    private const string AccidentToken = "kecelakaan";

    // "mati" is left out on purpose: "kartu BPJS suami saya mati" is a lapsed card, not a death.
    private static readonly FrozenSet<string> MoreDeathWords = Set("kematian", "sedo", "mangkat", "berpulang", "mendiang", "gugur");

    private static readonly FrozenSet<string> MoreAccidentWords = Set(
        "tertabrak", "terluka", "terlindas", "kelindas", "tergilas", "terjepit", "kejepit", "tersengat", "tersambar",
        "terbakar", "terpeleset", "kepeleset", "slipped", "patah", "keseleo", "cedera", "cidera", "injured", "injury", "hurt", "fell", "fallen", "hit", "struck");

    // The writer's own: close people (canonical after slang: bojo is suami, bapak is ayah, putra is anak).
    private static readonly FrozenSet<string> ClosePeople = Set(
        "suami", "istri", "ayah", "ibu", "anak", "keluarga", "kakak", "adik", "kakek", "nenek", "mertua", "orangtua",
        "ortu", "cucu", "paman", "bibi", "saudara", "papa", "papah", "bokap", "nyokap", "simbok", "mbah", "eyang",
        "ayahanda", "ibunda", "husband", "wife", "spouse", "father", "dad", "daddy", "mother", "mom", "mum", "son",
        "daughter", "child", "children", "kid", "kids", "brother", "sister", "parent", "parents", "family",
        "grandfather", "grandmother", "grandpa", "grandma");

    private static readonly FrozenSet<string> Personal = Set("saya", "kami", "i", "im", "ive", "my", "me", "we", "our", "mine");

    // It has happened: "kemarin", "tadi pagi", "wingi" (Javanese), "kamari" (Sundanese), "yesterday";
    // "lalu" too ("bulan lalu"), but not in "lalu lintas" (traffic), see IsTime.
    private static readonly FrozenSet<string> TimeWords = Set(
        "kemarin", "kemaren", "kmrn", "kmarin", "tadi", "barusan", "semalam", "wingi", "wingenane", "kamari", "yesterday",
        "today", "tonight", "ago", "last", "lalu");

    // A death that is already past ("sudah meninggal", "almarhum bapak", "has passed away").
    private static readonly FrozenSet<string> PastWords = Set("sudah", "telah", "almarhum", "almarhumah", "alm", "mendiang", "already", "recently", "has", "have");

    // Between the person and the accident: "suami saya barusan kecelakaan", "I had an accident", "my son was hit".
    private static readonly FrozenSet<string> Linking = Set(
        "sudah", "baru", "barusan", "tadi", "kemarin", "habis", "abis", "mengalami", "alami", "kena", "terkena", "lagi",
        "sedang", "pernah", "tidak", "sengaja", "had", "have", "has", "got", "was", "were", "been", "is", "in", "an", "a", "just", "the");

    // "kalau" stands for klo, nek, yen, upami, lamun, misal.
    private static readonly FrozenSet<string> Conditions = Set(
        "kalau", "jika", "jikalau", "apabila", "bila", "bilamana", "seandainya", "andai", "andaikan", "andaikata",
        "misalkan", "semisal", "seumpama", "umpama", "manawi", "menawi", "mun", "nanti", "kelak", "if", "when",
        "whenever", "suppose", "supposing", "case");

    // Written forms that are never past, though the lexicon reads them as "meninggal": "if I die", "when my husband dies".
    private static readonly FrozenSet<string> NotYetDead = Set("die", "dies", "dying");

    private static readonly FrozenSet<string> Negations = Set("belum", "tidak", "bukan", "never", "not", "didnt", "no");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    public static Crisis Detect(string? text)
    {
        bool death = false, accident = false, close = false, personal = false, happened = false;
        foreach (var (sentence, _) in Discourse.Split(text ?? string.Empty))
        {
            foreach (var clause in Clauses(sentence))
            {
                var analyzed = Analyzer.Analyze(clause);
                var tokens = analyzed.Tokens;
                var words = analyzed.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                close |= tokens.Any(ClosePeople.Contains) || HasOrangTua(tokens) || words.Any(w => Owned(w, "ku") || Owned(w, "nya"));
                personal |= tokens.Any(Personal.Contains) || words.Any(w => Owned(w, "ku"));
                var when = HasTime(tokens);
                happened |= when || tokens.Any(PastWords.Contains) || words.Any(PastWords.Contains);
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (IsDeath(tokens[i]) && !Hypothetical(tokens, i) && !words.Any(NotYetDead.Contains))
                    {
                        death = true;
                    }
                    else if (IsAccident(tokens[i]) && !Hypothetical(tokens, i) && (HappenedTo(tokens, i) || when))
                    {
                        accident = true;
                    }
                }
            }
        }

        return death && close && (personal || happened) ? Crisis.Death
            : accident ? Crisis.Accident
            : Crisis.None;
    }

    private static bool IsDeath(string token) => token == DeathToken || MoreDeathWords.Contains(token);

    private static bool IsAccident(string token) => token == AccidentToken || MoreAccidentWords.Contains(token);

    /// <summary>
    /// A condition anywhere before the event in its clause ("kalau saya meninggal"), or a negation right
    /// before it ("belum pernah kecelakaan"; not "belum nikah meninggal", nor "tidak sengaja jatuh").
    /// </summary>
    private static bool Hypothetical(IReadOnlyList<string> tokens, int at)
    {
        for (var j = 0; j < at; j++)
        {
            if (Conditions.Contains(tokens[j]))
            {
                return true;
            }
        }

        var before = at - 1;
        if (before > 0 && tokens[before] is "pernah" or "sempat")
        {
            before--;
        }

        return before >= 0 && Negations.Contains(tokens[before]);
    }

    private static bool HasTime(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TimeWords.Contains(tokens[i]) && !(tokens[i] == "lalu" && i + 1 < tokens.Count && tokens[i + 1] == "lintas"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The accident follows its person with only linking words between: "suami saya kecelakaan",
    /// "bojoku kecelakaan", "I had an accident", "my son was hit". Not "saya dapat santunan kecelakaan".
    /// </summary>
    private static bool HappenedTo(IReadOnlyList<string> tokens, int at)
    {
        for (var j = at - 1; j >= 0; j--)
        {
            var token = tokens[j];
            if (Personal.Contains(token) || ClosePeople.Contains(token) || Owned(token, "ku") || Owned(token, "nya"))
            {
                return true;
            }

            if (!Linking.Contains(token))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"suamiku", "bojoku", "ayahnya": a close person with a possessive ending.</summary>
    private static bool Owned(string word, string ending)
    {
        if (word.Length <= ending.Length + 2 || !word.EndsWith(ending, StringComparison.Ordinal))
        {
            return false;
        }

        var stem = word[..^ending.Length];
        return ClosePeople.Contains(SlangLexicon.Map.TryGetValue(stem, out var canonical) ? canonical : stem);
    }

    private static bool HasOrangTua(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] == "orang" && tokens[i + 1] == "tua")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A sentence cut at commas, semicolons and colons (not inside "3,5 juta"): "kalau" in one clause leaves the next alone.</summary>
    private static IEnumerable<string> Clauses(string sentence)
    {
        var start = 0;
        for (var i = 0; i < sentence.Length; i++)
        {
            var c = sentence[i];
            var cut = c is ';' or ':' || (c == ',' && !(i > 0 && char.IsAsciiDigit(sentence[i - 1]) && i + 1 < sentence.Length && char.IsAsciiDigit(sentence[i + 1])));
            if (cut)
            {
                yield return sentence[start..i];
                start = i + 1;
            }
        }

        yield return sentence[start..];
    }
}
