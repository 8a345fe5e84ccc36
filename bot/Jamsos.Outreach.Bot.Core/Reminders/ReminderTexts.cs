using System.Globalization;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>
/// The reminder's interface texts, Indonesian first ("Anda", short sentences), English second. Numbers,
/// the app's name and the Contact Center come in as arguments from content/data, never typed here.
/// </summary>
public static class ReminderTexts
{
    public const string StopCommand = "/pengingat stop";

    /// <param name="app">kontak.app.</param>
    /// <param name="contactCenter">kontak.contact_center.</param>
    public static string Intro(Language l, string app, string contactCenter) => T(l,
        $"Saya bisa mengingatkan Anda membayar iuran setiap bulan, {ReminderSchedule.DaysBefore} hari sebelum tanggal Anda biasa membayar. " +
        $"Tanggal jatuh tempo Anda yang sebenarnya tidak kami ketahui: cek di aplikasi {app}, Contact Center {contactCenter}, atau kantor cabang.",
        $"I can remind you to pay your contribution every month, {ReminderSchedule.DaysBefore} days before the day you usually pay. " +
        $"We do not know your actual due date (\"jatuh tempo\"): check it in the {app} app, at Contact Center {contactCenter}, or at a branch office.");

    public static string AskDay(Language l) => T(l,
        $"Tanggal berapa Anda biasanya membayar iuran? Tulis angka {ReminderSchedule.FirstDay} sampai {ReminderSchedule.LastDay}.",
        $"On which day of the month do you usually pay? Type a number from {ReminderSchedule.FirstDay} to {ReminderSchedule.LastDay}.");

    public static string BadDay(Language l) => T(l,
        $"Tulis satu angka dari {ReminderSchedule.FirstDay} sampai {ReminderSchedule.LastDay}, misalnya 10.",
        $"Type one number from {ReminderSchedule.FirstDay} to {ReminderSchedule.LastDay}, for example 10.");

    public static string AskSector(Language l) => T(l,
        "Anda bekerja di sektor apa? Sektor menentukan diskon iuran tiap bulan.",
        "Which sector do you work in? The sector decides each month's discount.");

    public static string PickSector(Language l) => T(l, "Pilih salah satu tombol di bawah.", "Pick one of the buttons below.");

    public static string Transport(Language l) => T(l, "Transportasi (ojol, opang, sopir, kurir)", "Transport (ojol, opang, driver, courier)");

    public static string OtherSector(Language l) => T(l, "Lainnya (petani, pedagang, dll.)", "Other (farmer, trader, etc.)");

    public static string SectorName(Knowledge.Rules.Sector sector, Language l) =>
        sector == Knowledge.Rules.Sector.Transport ? T(l, "Transportasi", "Transport") : T(l, "Lainnya", "Other");

    public static string AskIncome(Language l) => T(l,
        "Berapa penghasilan Anda per bulan? Contoh: 2,5 juta atau 2500000. Kami hanya menyimpan kelompok penghasilannya.",
        "What is your monthly income? For example 2.5 million or 2500000. We keep only its income band.");

    public static string SummaryHeading(Language l) => T(l, "Ringkasan pengingat", "Your reminder");

    public static string SummaryLines(Language l, int day, string sector, string band, string sendTime) => T(l,
        $"Tanggal bayar: {Day(day)} setiap bulan\nPengingat: {ReminderSchedule.DaysBefore} hari sebelumnya, pukul {sendTime} WIB, di chat ini\nSektor: {sector}\nPenghasilan: {band} per bulan",
        $"Pay day: day {Day(day)} of every month\nReminder: {ReminderSchedule.DaysBefore} days before, at {sendTime} WIB, in this chat\nSector: {sector}\nIncome: {band} a month");

    public static string ConsentHeading(Language l) => T(l, "Persetujuan", "Consent");

    public static string AskAgree(Language l) => T(l, "Setuju dan aktifkan pengingat?", "Agree and start the reminder?");

    public static string Agree(Language l) => T(l, "✅ Setuju, aktifkan", "✅ Agree, start");

    public static string Cancel(Language l) => T(l, "✖ Batal", "✖ Cancel");

    public static string PickAgree(Language l) => T(l,
        "Tekan \"Setuju, aktifkan\" atau \"Batal\" (atau ketik SETUJU / TIDAK).",
        "Press \"Agree, start\" or \"Cancel\" (or type AGREE / NO).");

    public static string Cancelled(Language l) => T(l, "Dibatalkan. Tidak ada pengingat yang disimpan.", "Cancelled. No reminder was stored.");

    public static string ChangeCancelled(Language l) => T(l, "Dibatalkan. Pengingat Anda tetap seperti sebelumnya.", "Cancelled. Your reminder stays as it was.");

    public static string Started(Language l, string first, string sendTime) => T(l,
        $"Pengingat aktif. Pengingat pertama: {first}, pukul {sendTime} WIB. Hentikan kapan saja dengan {StopCommand}.",
        $"Your reminder is on. The first one comes on {first}, at {sendTime} WIB. Stop it any time with {StopCommand}.");

    public static string Existing(Language l, int day, string next) => T(l,
        $"Pengingat Anda sudah aktif: tanggal bayar {Day(day)} setiap bulan. Pengingat berikutnya: {next}.",
        $"Your reminder is already on: pay day is day {Day(day)} of every month. The next reminder: {next}.");

    public static string DayChanged(Language l, int day, string next) => T(l,
        $"Baik, tanggal bayar Anda sekarang {Day(day)}. Pengingat berikutnya: {next}.",
        $"OK, your pay day is now day {Day(day)}. The next reminder: {next}.");

    public static string Stopped(Language l) => T(l,
        "Pengingat dihentikan. Data pengingat Anda sudah kami hapus. Aktifkan lagi kapan saja dengan /pengingat.",
        "The reminder is stopped and its data deleted. Start it again any time with /pengingat.");

    public static string NoReminder(Language l) => T(l,
        "Anda belum punya pengingat. Buat dengan /pengingat.",
        "You have no reminder. Set one with /pengingat.");

    public static string PaidThanks(Language l) => T(l,
        "Terima kasih! Sudah kami catat. Sampai pengingat bulan depan.",
        "Thank you! Noted. See you at next month's reminder.");

    public static string PrivateOnly(Language l) => T(l,
        "Pengingat hanya bisa dibuat lewat chat pribadi dengan saya. Kirim /pengingat di chat pribadi ya.",
        "Reminders can only be set in a private chat with me. Send /pengingat in a private chat.");

    public static string NoDeliveryHere(Language l) => T(l,
        "Di sini saya belum bisa mengirim pengingat. Pengingat bayar iuran dikirim lewat chat pribadi di Telegram atau Discord: kirim /pengingat di sana ya.",
        "I cannot send reminders here yet. Payment reminders are sent in a private chat on Telegram or Discord: send /pengingat there.");

    public static string NotSaved(Language l) => T(l,
        "Maaf, pengingat belum bisa disimpan karena gangguan. Coba lagi sebentar lagi.",
        "Sorry, the reminder could not be saved because of a fault. Please try again in a moment.");

    public static string Paid(Language l) => T(l, "✅ Sudah bayar", "✅ Paid");

    public static string ChangeDay(Language l) => T(l, "📅 Ubah tanggal", "📅 Change day");

    public static string Stop(Language l) => T(l, "⛔ Berhenti", "⛔ Stop");

    public static string HowToPay(Language l) => T(l, "💳 Cara bayar", "💳 How to pay");

    public static string Heading(Language l) => T(l, "🔔 Pengingat bayar iuran BPJS Ketenagakerjaan", "🔔 BPJS Ketenagakerjaan payment reminder");

    public static string PayDay(Language l, string date) => T(l,
        $"Tanggal bayar yang Anda pilih: {date} ({ReminderSchedule.DaysBefore} hari lagi).",
        $"The pay day you chose: {date} (in {ReminderSchedule.DaysBefore} days).");

    public static string HowToPayLead(Language l) => T(l, "Cara bayar: ", "How to pay: ");

    public static string NoFines(Language l) => T(l,
        "Telat bayar tidak kena denda. Sudah bayar? Tekan \"Sudah bayar\".",
        "Paying late carries no fine. Paid already? Press \"Paid\".");

    /// <param name="count">Reminders in a row without a "Sudah bayar" press, this one included.</param>
    /// <param name="lapseMonths">iuran.lapse_months.</param>
    public static string LapseWarning(Language l, int count, int lapseMonths) => T(l,
        $"⚠️ Sudah {count} pengingat berturut-turut tanpa \"Sudah bayar\". Kalau iuran tidak dibayar {lapseMonths} bulan berturut-turut, kepesertaan dan perlindungan Anda berhenti (nonaktif).",
        $"⚠️ That is {count} reminders in a row without \"Paid\". If no contribution is paid for {lapseMonths} months in a row, your membership and protection stop (become inactive).");

    public static string AmountLine(Language l, string month, string payable, string status, string withJht) => T(l,
        $"Iuran {month}: {payable} (JKK + JKM, {status}), atau {withJht} bila Anda juga ikut JHT.",
        $"Contribution for {month}: {payable} (JKK + JKM, {status}), or {withJht} if you also pay JHT.");

    public static string Discounted(Language l, string percent, string regulation, string lastDay) => T(l,
        $"dengan diskon {percent} {regulation} sampai {lastDay}",
        $"with the {percent} {regulation} discount until {lastDay}");

    public static string DiscountEnded(Language l, string lastDay) => T(l,
        $"tarif normal: diskon untuk sektor Anda berakhir {lastDay}",
        $"the normal rate: the discount for your sector ended on {lastDay}");

    public static string NormalRate(Language l) => T(l, "tarif normal", "the normal rate");

    /// <summary>/datasaya's lines for a reminder.</summary>
    public static string MyData(Language l, int day, string sector, string band, string next, string consentVersion, string consentAt, int unconfirmed) => T(l,
        $"Tanggal bayar: {Day(day)}\nSektor: {sector}\nKelompok penghasilan: {band}\nPengingat berikutnya: {next}\nPengingat tanpa \"Sudah bayar\": {unconfirmed}\nPersetujuan: versi {consentVersion}, pada {consentAt}",
        $"Pay day: {Day(day)}\nSector: {sector}\nIncome band: {band}\nNext reminder: {next}\nReminders without \"Paid\": {unconfirmed}\nConsent: version {consentVersion}, given {consentAt}");

    public static string MyDataHeading(Language l) => T(l, "Pengingat bayar iuran", "Payment reminder");

    private static string Day(int day) => day.ToString(CultureInfo.InvariantCulture);
}
