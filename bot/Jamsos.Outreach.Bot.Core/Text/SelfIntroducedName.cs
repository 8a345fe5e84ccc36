using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Jamsos.Outreach.Bot.Core.Text;

/// <summary>
/// A name the person introduces ("nama saya Budi Santoso", "atas nama siti", "nama aku Wayan", "my name is
/// Ana"): up to three words after the phrase become "[nama]". Chat text is often all lower case, so the
/// words are not judged by capitals; the name ends early at punctuation or at a word that clearly starts the
/// rest of the sentence ("nama saya budi mau tanya iuran" keeps "mau tanya iuran").
/// </summary>
public static partial class SelfIntroducedName
{
    public const string Placeholder = "[nama]";

    private const int MaxNameWords = 3;

    private static readonly FrozenSet<string> NotAName = new[]
    {
        "mau", "mo", "ingin", "pengen", "pingin", "tanya", "nanya", "bertanya", "minta", "mohon", "tolong", "dari",
        "di", "dan", "umur", "usia", "tinggal", "kerja", "bekerja", "sebagai", "sudah", "udah", "belum", "blm", "bisa",
        "apakah", "apa", "gimana", "bagaimana", "kok", "ya", "yg", "yang", "adalah", "ini", "itu", "saya", "sy", "aku",
        "punya", "sedang", "lagi", "juga", "dengan", "untuk", "buat", "kalau", "kalo", "siapa", "sendiri", "orang",
        "anak", "istri", "suami", "perusahaan", "who", "and", "i", "im", "from", "want", "would", "like", "to", "can",
        "how", "is", "am", "the", "my", "a",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The text with every introduced name replaced by <see cref="Placeholder"/>.</summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cues = Cue().Matches(text);
        if (cues.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (Match cue in cues)
        {
            if (cue.Index < position)
            {
                continue;
            }

            var end = NameEnd(text, cue.Index + cue.Length);
            result.Append(text, position, cue.Index + cue.Length - position);
            if (end > cue.Index + cue.Length)
            {
                result.Append(' ').Append(Placeholder);
            }

            position = end;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Where the name after a cue ends: after at most three name-like words.</summary>
    private static int NameEnd(string text, int start)
    {
        var end = start;
        var words = 0;
        var initial = false;
        foreach (Match word in Word().Matches(text[start..]))
        {
            // Between words only spaces, or the dot of an initial ("M. Rizki").
            var gap = text.AsSpan(end, start + word.Index - end);
            var joined = gap.IsWhiteSpace() || (words > 0 && initial && gap[0] == '.' && gap[1..].IsWhiteSpace());
            if (words == MaxNameWords || NotAName.Contains(word.Value) || !joined)
            {
                break;
            }

            end = start + word.Index + word.Length;
            initial = word.Length == 1;
            words++;
        }

        return end;
    }

    // "nama saya", "nama aku", "namaku", "atas nama", "my name is": the phrase, then an optional
    // "adalah"/"ialah"/":" before the name.
    [GeneratedRegex(@"\b(?:nama\s+(?:saya|aku|sy|gue|gw)|namaku|atas\s+nama|my\s+name\s+is)(?:\s*:|\s+(?:adalah|ialah))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\p{L}[\p{L}'\-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();
}
