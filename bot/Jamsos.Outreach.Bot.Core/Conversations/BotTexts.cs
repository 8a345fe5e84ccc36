using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>Short interface texts of the bot, Indonesian first ("Anda", short sentences), English second.</summary>
public static class BotTexts
{
    public static string T(Language language, string id, string en) => language == Language.En ? en : id;

    public static string Welcome(Language l, string botName) => T(l,
        $"Halo! Saya {botName}. Saya bantu menjelaskan BPJS Ketenagakerjaan untuk pekerja informal: iuran, diskon, jaminan kecelakaan kerja (JKK), jaminan kematian (JKM), beasiswa, cara daftar, bayar, dan klaim. Saya bukan BPJS, dan tidak pernah meminta NIK, OTP, atau kata sandi.\n\nTulis pertanyaan Anda, atau pilih topik:",
        $"Hello! I am {botName}. I explain BPJS Ketenagakerjaan for informal workers: contributions, the discount, work-accident cover (JKK), death cover (JKM), scholarships, joining, paying and claiming. I am not BPJS, and I never ask for your NIK, OTP or passwords.\n\nType your question, or pick a topic:");

    public static string Menu(Language l) => T(l, "Pilih topik, atau tulis pertanyaan Anda:", "Pick a topic, or type your question:");

    public static string Help(Language l) => T(l,
        "Perintah:\n/menu - daftar topik\n/iuran - hitung iuran dari penghasilan Anda\n/daftar - minta dihubungi tim kami untuk mendaftar\n/kantor - kantor dan kontak\n/meninggal - keluarga meninggal: yang perlu diurus\n/kecelakaan - kecelakaan kerja: langkah pertama\n/bahasa - ganti bahasa\n/pengingat - pengingat bayar iuran bulanan\n/datasaya - lihat data Anda yang kami simpan\n/hapus - hapus data Anda\n/batal - batalkan formulir\n\nAtau tulis saja pertanyaan Anda, misalnya \"berapa iuran untuk ojol?\"",
        "Commands:\n/menu - topics\n/iuran - compute your contribution from your income\n/daftar - ask our team to contact you about joining\n/kantor - offices and contacts\n/meninggal - a death in the family: what to arrange\n/kecelakaan - a work accident: first steps\n/bahasa - change language\n/pengingat - a monthly payment reminder\n/datasaya - see the data we keep about you\n/hapus - delete your data\n/batal - cancel a form\n\nOr just type your question, for example \"how much does an ojol driver pay?\"");

    public static string RateLimited(Language l) => T(l,
        "Pesan Anda banyak sekali dalam waktu singkat. Tunggu sebentar ya, lalu coba lagi.",
        "You are sending a lot of messages very quickly. Please wait a moment, then try again.");

    /// <summary>The toast on a button pressed over the rate limit (Telegram shows at most 200 characters).</summary>
    public static string WaitToast(Language l) => T(l, "Tunggu sebentar ya, lalu tekan lagi.", "Please wait a moment, then press again.");

    public static string UnknownCommand(Language l) => T(l, "Perintah itu tidak saya kenal. Ketik /bantuan untuk daftar perintah.", "I do not know that command. Type /bantuan for the list.");

    public static string OldButton(Language l) => T(l, "Tombol itu sudah tidak berlaku. Ketik /menu untuk mulai lagi.", "That button has expired. Type /menu to start again.");

    /// <param name="contactCenter">The Contact Center number from content/data (kontak.contact_center), never typed here.</param>
    public static string ThanksFeedback(Language l, bool helpful, string contactCenter) => helpful
        ? T(l, "Terima kasih! Senang bisa membantu.", "Thank you! Glad it helped.")
        : T(l, $"Terima kasih atas masukannya. Kami akan memperbaiki jawaban ini. Anda juga bisa tanya Contact Center {contactCenter}.", $"Thanks for telling us. We will improve this answer. You can also ask Contact Center {contactCenter}.");

    public static string Deleted(Language l, int signUps) => T(l,
        signUps > 0 ? "Data Anda sudah kami hapus: data pendaftaran, riwayat percakapan di sini, serta pertanyaan dan penilaian jawaban dari Anda." : "Sudah. Kami tidak menyimpan data pendaftaran Anda; riwayat percakapan di sini, serta pertanyaan dan penilaian jawaban dari Anda, juga sudah dihapus.",
        signUps > 0 ? "Your data has been deleted: your sign-up, this chat's history, and your questions and answer ratings." : "Done. We had no sign-up from you; this chat's history, and your questions and answer ratings, have been deleted too.");

    /// <param name="contactCenter">The Contact Center number from content/data (kontak.contact_center), never typed here.</param>
    public static string DeleteWishText(Language l, string contactCenter) => T(l,
        $"Mau menghapus data Anda di bot ini? Tekan tombol di bawah atau ketik /hapus. Yang dihapus: data pendaftaran, pengingat bayar iuran, riwayat percakapan di sini, serta pertanyaan dan penilaian jawaban dari Anda. Data yang sudah dihapus tidak bisa dikembalikan.\n\nIni tidak mengubah kepesertaan BPJS Ketenagakerjaan Anda. Data kepesertaan disimpan oleh BPJS Ketenagakerjaan sendiri: untuk itu hubungi Contact Center {contactCenter} atau kantor cabang.",
        $"Do you want to delete your data in this bot? Press the button below or type /delete. This deletes your sign-up, payment reminders, this chat's history, and your questions and answer ratings. Deleted data cannot be brought back.\n\nThis does not change your BPJS Ketenagakerjaan membership. BPJS Ketenagakerjaan keeps membership data itself: for that, call Contact Center {contactCenter} or visit a branch office.");

    public static string DeleteButton(Language l) => T(l, "Hapus data saya", "Delete my data");

    public static string SeeMyDataButton(Language l) => T(l, "Lihat dulu data saya", "See my data first");

    public static string RemindersDeleted(Language l) => T(l, "Pengingat bayar iuran Anda juga dihentikan dan dihapus.", "Your payment reminder was stopped and deleted too.");

    public static string ChooseLanguage(Language l) => T(l, "Pilih bahasa:", "Choose a language:");

    public static string LanguageSet(Language l) => T(l, "Baik, saya pakai Bahasa Indonesia.", "OK, I will use English.");

    public static string PrivateOnly(Language l) => T(l,
        "Supaya data Anda aman, pendaftaran hanya lewat chat pribadi dengan saya. Kirim /daftar di chat pribadi ya.",
        "To keep your data safe, sign-ups only happen in a private chat with me. Send /daftar in a private chat.");

    public static string StaffOnly(Language l) => T(l, "Perintah ini khusus untuk tim penjangkauan.", "This command is for the outreach team only.");

    public static string Cancelled(Language l) => T(l, "Dibatalkan. Data formulir tidak disimpan.", "Cancelled. Nothing from the form was stored.");

    public static string NothingToCancel(Language l) => T(l, "Tidak ada formulir yang sedang diisi.", "There is no form in progress.");

    public static string Expired(Language l) => T(l,
        "Formulir Anda sebelumnya sudah kedaluwarsa (lebih dari 24 jam) dan tidak disimpan. Silakan mulai lagi dengan /daftar bila perlu.",
        "Your earlier form expired (over 24 hours) and was not stored. Start again with /daftar if you like.");

    public static string Helpful(Language l) => T(l, "👍 Membantu", "👍 Helpful");

    public static string NotHelpful(Language l) => T(l, "👎 Kurang membantu", "👎 Not helpful");

    public static string MenuButton(Language l) => T(l, "Menu", "Menu");

    public static string MoreButton(Language l) => T(l, "📖 Selengkapnya", "📖 More");

    /// <summary>The link button to the answer's page on the FAQ site, beside "Selengkapnya".</summary>
    public static string PageButton(Language l) => T(l, "🌐 Baca di situs", "🌐 Read on the site");

    /// <summary>The link button to the site calculator opened on a computed figure.</summary>
    public static string CalculatorLinkButton(Language l) => T(l, "🧮 Cek di kalkulator", "🧮 Check in the calculator");

    public static string SignUpButton(Language l) => T(l, "📝 Minta dihubungi", "📝 Ask to be contacted");

    public static string CalculatorButton(Language l) => T(l, "🧮 Hitung iuran", "🧮 Compute contribution");
}
