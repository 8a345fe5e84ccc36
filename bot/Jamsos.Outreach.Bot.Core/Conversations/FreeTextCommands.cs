using System.Text;
using Jamsos.Outreach.Bot.Core.Commands;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// Free text that is a command in other words: "data saya apa aja?", "data apa yang kalian simpan tentang
/// saya", "what data do you have about me" run /datasaya. Only asking to see: a wish to delete is never
/// taken from free text (it cannot be undone): "hapus data saya" gets <see cref="AsksToDelete"/>'s reply, which says what
/// /hapus deletes and offers it as a button, beside how to reach BPJS Ketenagakerjaan about membership data.
/// "ingatkan saya bayar iuran", "remind me to pay" run /pengingat (it only asks questions; nothing is stored before consent).
/// </summary>
public static class FreeTextCommands
{
    private static readonly string[] MyDataPhrases =
    [
        "data saya apa", "data sy apa", "data aku apa", "data apa yang kalian simpan", "data apa yg kalian simpan",
        "data apa saja yang disimpan", "data apa aja yang disimpan", "data apa yang disimpan", "data apa yg disimpan",
        "data tentang saya", "data ttg saya", "data pribadi saya", "lihat data saya", "cek data saya", "data saya yang disimpan",
        "what data do you have", "what data do you keep", "what data do you store", "what do you know about me",
        "data about me", "show my data", "see my data",
    ];

    private static readonly string[] ReminderPhrases =
    [
        "ingatkan saya bayar", "ingatkan saya untuk bayar", "ingatkan saya membayar", "ingatkan bayar iuran", "ingetin saya bayar",
        "ingetin bayar", "ingatkan aku bayar", "pengingat bayar", "pengingat iuran", "remind me to pay", "payment reminder",
        "reminder to pay", "set a reminder to pay",
    ];

    private static readonly string[] DeleteWords = ["hapus", "delete", "remove", "erase"];

    // Asking to delete: a verb for deleting (Indonesian with its affixes and slang, Javanese "busak", Sundanese "hapuskeun",
    // English) and something that is the person's data kept here. Words for membership matters (the JMO account, the
    // membership card or number, arrears) send the message to the answers instead: "data saya di JMO salah, bisa dihapus?"
    // is about changing membership data, "hapus tunggakan saya" is refused there as a request to tamper with records.
    private static readonly HashSet<string> DeleteVerbs = new(StringComparer.Ordinal)
    {
        "hapus", "hapusin", "hapuskan", "dihapus", "menghapus", "hapuskeun", "dihapuskeun", "ngahapus", "busak", "mbusak",
        "dibusak", "busaken", "delete", "deleted", "remove", "erase", "forget", "lupakan",
    };

    private static readonly string[] OwnDataPhrases =
    [
        "data saya", "data sy", "data aku", "data ku", "dataku", "datanya saya", "data gw", "data gue", "data abdi", "data kula",
        "data kulo", "data pribadi", "data diri saya", "nomor saya", "nomer saya", "no hp saya", "nomor hp saya", "nomor wa saya",
        "chat saya", "pesan saya", "riwayat chat", "riwayat percakapan", "percakapan saya", "pertanyaan saya",
        "my data", "my personal data", "my number", "my phone number", "my details", "my info", "my information", "my messages",
        "my chat", "my questions", "forget me", "lupakan saya", "about me", "tentang saya", "ttg saya", "tentang aku",
    ];

    private static readonly HashSet<string> MembershipWords = new(StringComparer.Ordinal)
    {
        "jmo", "kpj", "kepesertaan", "keanggotaan", "kartu", "tunggakan", "nunggak", "denda", "iuran", "saldo", "klaim", "jht",
        "peserta", "membership", "card", "arrears",
    };

    /// <summary>The command the text asks for, or null when it is an ordinary message.</summary>
    public static string? Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return null;
        }

        var normalized = " " + Normalize(text) + " ";
        if (DeleteWords.Any(w => normalized.Contains(" " + w, StringComparison.Ordinal)))
        {
            return null;
        }

        if (ReminderPhrases.Any(p => normalized.Contains(" " + p + " ", StringComparison.Ordinal)))
        {
            return ReminderCommand.Name;
        }

        return MyDataPhrases.Any(p => normalized.Contains(" " + p + " ", StringComparison.Ordinal)) ? MyDataCommand.Name : null;
    }

    /// <summary>
    /// True when the text asks to delete the person's own data ("tolong hapus data saya", "please delete my phone number"):
    /// the bot explains what /hapus deletes and offers it as a button, never deleting on free text alone.
    /// </summary>
    public static bool AsksToDelete(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var normalized = Normalize(text);
        var words = normalized.Split(' ');
        if (!words.Any(DeleteVerbs.Contains) || words.Any(MembershipWords.Contains))
        {
            return false;
        }

        var padded = " " + normalized + " ";
        return OwnDataPhrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    /// <summary>Lower case, letters and digits only, single spaces.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var keep = char.IsLetterOrDigit(c) ? c : ' ';
            if (keep != ' ' || (builder.Length > 0 && builder[^1] != ' '))
            {
                builder.Append(keep);
            }
        }

        return builder.ToString().Trim();
    }
}
