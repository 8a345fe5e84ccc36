using System.Text;
using Jamsos.Outreach.Bot.Core.Commands;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// Free text that is a command in other words: "data saya apa aja?", "data apa yang kalian simpan tentang
/// saya", "what data do you have about me" run /datasaya. Only asking to see: a wish to delete is never
/// taken from free text (it cannot be undone), so "hapus data saya" is left to the answers, which point to /hapus.
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
