using Jamsos.Outreach.Bot.Channels.Telegram.Api;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Hosting;

/// <summary>
/// The command menu registered with setMyCommands: Indonesian (also the default for every other
/// language) and English; the full list in private chats, the public subset in groups (the form,
/// deletion and cancel only make sense in a private chat). The engine accepts every command whatever
/// the menu shows.
/// </summary>
internal static class TelegramCommands
{
    public static IReadOnlyList<BotCommand> Private(string language) => language == "en"
        ?
        [
            new("start", "Start and topic menu"),
            new("menu", "Topics"),
            new("iuran", "Work out your BPJS Ketenagakerjaan contribution"),
            new("daftar", "Ask our team to help you join (short form)"),
            new("kantor", "Offices and contacts"),
            new("meninggal", "A death in the family: what to arrange"),
            new("kecelakaan", "A work accident: first steps"),
            new("bahasa", "Change language"),
            new("hapus", "Delete your data"),
            new("bantuan", "Help"),
            new("batal", "Cancel the form"),
        ]
        :
        [
            new("start", "Mulai dan menu topik"),
            new("menu", "Daftar topik"),
            new("iuran", "Hitung iuran BPJS Ketenagakerjaan"),
            new("daftar", "Minta dibantu mendaftar (formulir singkat)"),
            new("kantor", "Kantor dan kontak"),
            new("meninggal", "Keluarga meninggal: yang perlu diurus"),
            new("kecelakaan", "Kecelakaan kerja: langkah pertama"),
            new("bahasa", "Ganti bahasa"),
            new("hapus", "Hapus data Anda"),
            new("bantuan", "Bantuan"),
            new("batal", "Batalkan formulir"),
        ];

    public static IReadOnlyList<BotCommand> Group(string language)
    {
        var publicOnes = new HashSet<string>(StringComparer.Ordinal) { "start", "menu", "iuran", "kantor", "meninggal", "kecelakaan", "bantuan" };
        return Private(language).Where(c => publicOnes.Contains(c.Command)).ToList();
    }

    /// <summary>Every setMyCommands call made at start: (scope, language code or null for the default) × list.</summary>
    public static IEnumerable<SetMyCommandsRequest> Requests()
    {
        foreach (var language in new string?[] { null, "id", "en" })
        {
            var code = language ?? "id";
            yield return new SetMyCommandsRequest { Commands = Private(code), Scope = BotCommandScope.AllPrivateChats, LanguageCode = language };
            yield return new SetMyCommandsRequest { Commands = Group(code), Scope = BotCommandScope.AllGroupChats, LanguageCode = language };
        }
    }
}
