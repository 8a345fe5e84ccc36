using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Hosting;

/// <summary>
/// The command menu registered with setMyCommands: Indonesian (also the default for every other
/// language) and English; the full list in private chats, the public subset in groups (the form, one's
/// own data, deletion and cancel only make sense in a private chat). The engine accepts every command
/// whatever the menu shows.
/// </summary>
internal static class TelegramCommands
{
    public static IReadOnlyList<BotCommand> Private(string language) => language == "en"
        ?
        [
            Command("start", "Start and topic menu"),
            Command("menu", "Topics"),
            Command("iuran", "Work out your BPJS Ketenagakerjaan contribution"),
            Command("daftar", "Ask our team to help you join (short form)"),
            Command("kantor", "Offices and contacts"),
            Command("meninggal", "A death in the family: what to arrange"),
            Command("kecelakaan", "A work accident: first steps"),
            Command("bahasa", "Change language"),
            Command("pengingat", "A monthly reminder to pay your contribution"),
            Command("datasaya", "See the data we keep about you"),
            Command("hapus", "Delete your data"),
            Command("bantuan", "Help"),
            Command("batal", "Cancel the form"),
        ]
        :
        [
            Command("start", "Mulai dan menu topik"),
            Command("menu", "Daftar topik"),
            Command("iuran", "Hitung iuran BPJS Ketenagakerjaan"),
            Command("daftar", "Minta dibantu mendaftar (formulir singkat)"),
            Command("kantor", "Kantor dan kontak"),
            Command("meninggal", "Keluarga meninggal: yang perlu diurus"),
            Command("kecelakaan", "Kecelakaan kerja: langkah pertama"),
            Command("bahasa", "Ganti bahasa"),
            Command("pengingat", "Pengingat bayar iuran bulanan"),
            Command("datasaya", "Lihat data Anda yang kami simpan"),
            Command("hapus", "Hapus data Anda"),
            Command("bantuan", "Bantuan"),
            Command("batal", "Batalkan formulir"),
        ];

    public static IReadOnlyList<BotCommand> Group(string language)
    {
        var publicOnes = new HashSet<string>(StringComparer.Ordinal) { "start", "menu", "iuran", "kantor", "meninggal", "kecelakaan", "bantuan" };
        return Private(language).Where(c => publicOnes.Contains(c.Command)).ToList();
    }

    private static BotCommand Command(string name, string description) => new() { Command = name, Description = description };

    /// <summary>Every setMyCommands call made at start: (scope, language code or null for the default) × list.</summary>
    public static IEnumerable<SetMyCommandsRequest> Requests()
    {
        foreach (var language in new string?[] { null, "id", "en" })
        {
            var code = language ?? "id";
            yield return new SetMyCommandsRequest { Commands = Private(code), Scope = new BotCommandScopeAllPrivateChats(), LanguageCode = language };
            yield return new SetMyCommandsRequest { Commands = Group(code), Scope = new BotCommandScopeAllGroupChats(), LanguageCode = language };
        }
    }
}
