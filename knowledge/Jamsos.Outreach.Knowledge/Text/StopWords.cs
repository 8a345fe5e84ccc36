using System.Collections.Frozen;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// Words that carry no topic. Question words that do (berapa, bagaimana, kapan, mana, siapa) are kept:
/// "berapa" separates amounts from procedures.
/// </summary>
public static class StopWords
{
    public static readonly FrozenSet<string> All = new[]
    {
        // Indonesian and chat particles (after slang mapping)
        "yang", "di", "ke", "dari", "dan", "atau", "itu", "ini", "sih", "dong", "ya", "yah", "kah", "nih", "deh", "min",
        "kak", "gan", "sis", "bang", "mas", "mbak", "pak", "bu", "om", "saya", "kamu", "juga", "tapi", "dengan", "untuk",
        "lagi", "banget", "aja", "saja", "wae", "mah", "teh", "atuh", "kok", "kan", "lho", "loh", "tuh", "gitu", "begitu",
        "gini", "jadi", "adalah", "akan", "tolong", "mohon", "info", "tanya", "nanya", "nya", "pun", "lah", "bagi", "pada",
        "oleh", "para", "si", "sang", "hal", "soal", "mengenai", "tentang", "tsb", "dll", "dsb", "nah", "eh", "ah", "wkwk",
        "wkwkwk", "hehe", "haha", "kak", "admin", "mimin", "sob", "bro", "guys", "apa", "ingin", "bisa", "ada", "udah",
        "sudah", "gak", "kalau", "karena", "orang", "kita", "kami", "mereka", "dia", "beliau", "anda", "an", "e",
        "nggih", "nuwun", "sewu", "mbok", "lur", "lik", "dulur", "sedulur", "sampean", "neng", "ning", "ing", "sing", "ka",
        "ku", "mu", "se", "bae", "ae", "tah", "tea", "ieu", "eta", "nu", "the", "nyuhunkeun", "mangga", "nyuwun",
        "ngapunten", "kulo", "panjenengan", "sampeyan", "niki", "niku", "iki", "kuwi", "iku", "wae", "mawon",
        // English
        "a", "is", "are", "am", "was", "were", "be", "been", "i", "you", "my", "me", "we", "our", "your", "to", "of", "for",
        "in", "on", "at", "and", "or", "it", "its", "this", "that", "do", "does", "did", "can", "could", "would", "should",
        "will", "with", "as", "if", "so", "there", "what", "please", "hi", "about", "any", "some", "get", "got", "have",
        "has", "had", "from", "by", "they", "their", "them", "he", "she", "his", "her", "an", "just", "also", "still",
        "im", "ive", "dont", "does", "which", "who", "whom", "into", "than", "then", "too", "very",
    }.ToFrozenSet(StringComparer.Ordinal);
}
