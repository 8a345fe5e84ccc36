using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// Indonesian or English, by counting marker words. Javanese and Sundanese count as Indonesian (the
/// answer is in Indonesian); ties go to Indonesian, the language most users write.
/// </summary>
public static class LanguageDetector
{
    private static readonly FrozenSet<string> English = new[]
    {
        "the", "is", "are", "what", "how", "much", "can", "i", "my", "do", "does", "you", "for", "with", "join", "where",
        "who", "when", "which", "should", "would", "could", "will", "if", "and", "or", "to", "of", "in", "on", "it",
        "have", "has", "get", "need", "want", "am", "be", "there", "this", "that", "a", "an", "pay", "work", "after",
        "before", "long", "many", "money", "family", "children", "child", "job", "lost", "still", "about", "true",
        "please", "hello", "hi", "thanks", "our", "we", "me", "your", "they", "their", "from", "per", "month", "year",
        "worker", "workers", "insurance", "benefit", "benefits", "accident", "die", "died", "death", "self", "employed",
        "freelancer", "freelancing", "foreigner", "documents", "document", "why", "was", "were", "did", "not", "no", "yes",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Indonesian = new[]
    {
        "yang", "apa", "bisa", "tidak", "saya", "berapa", "bagaimana", "di", "ke", "dan", "iuran", "bayar", "daftar",
        "ada", "sudah", "belum", "kalau", "untuk", "dengan", "juga", "tapi", "ini", "itu", "dapat", "ingin", "harus",
        "mana", "kapan", "kenapa", "siapa", "masih", "bulan", "tahun", "anak", "keluarga", "meninggal", "kecelakaan",
        "kerja", "pekerja", "klaim", "cara", "gimana", "dong", "ya", "sih", "nih", "min", "kak", "pak", "bu", "jadi",
        "sekarang", "lagi", "orang", "uang", "karena", "kamu", "aku", "bukan", "kok", "nya", "teman", "penghasilan",
        "manfaat", "syarat", "kantor", "lewat", "pakai", "buat", "dari", "atau", "sama", "punya", "mau", "kartu",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static Language Detect(string normalizedText, IReadOnlyList<string> canonicalTokens)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        ArgumentNullException.ThrowIfNull(canonicalTokens);
        var english = 0;
        var indonesian = 0;
        foreach (var word in normalizedText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(200))
        {
            if (English.Contains(word))
            {
                english++;
            }

            if (Indonesian.Contains(word))
            {
                indonesian++;
            }
        }

        foreach (var token in canonicalTokens.Take(200))
        {
            if (Indonesian.Contains(token) && !English.Contains(token))
            {
                indonesian++;
            }
        }

        return english > indonesian ? Language.En : Language.Id;
    }
}
