using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>What the sign-up form says besides its questions (those are in <see cref="SignUpPrompts"/>): Indonesian first, then English.</summary>
public static class SignUpTexts
{
    public static string Intro(Language l) => T(l,
        "Baik, kita isi formulir singkat supaya tim kami bisa menghubungi dan membantu Anda mendaftar BPJS Ketenagakerjaan. Ini belum pendaftaran resmi. Ketik /batal kapan saja untuk berhenti.",
        "OK, let us fill in a short form so our team can contact you and help you join BPJS Ketenagakerjaan. This is not the official registration yet. Type /batal at any time to stop.");

    public static string NameEmpty(Language l) => T(l, "Nama belum terisi.", "The name is empty.");

    public static string NameTooLong(Language l, int max) =>
        T(l, $"Nama terlalu panjang (paling banyak {max} huruf).", $"That name is too long (at most {max} characters).");

    public static string PhoneUnknown(Language l) => T(l,
        "Nomor HP itu tidak saya kenali. Tulis nomor Indonesia, misalnya 0812 3456 7890 atau +62 812-3456-7890.",
        "I could not read that phone number. Write an Indonesian number, for example 0812 3456 7890 or +62 812-3456-7890.");

    public static string KeepItShort(Language l, int max) => T(l,
        $"Tulis singkat saja (paling banyak {max} huruf), atau pilih tombol.",
        $"Keep it short (at most {max} characters), or pick a button.");

    public static string PickAButton(Language l) => T(l, "Pilih salah satu tombol ya.", "Please pick one of the buttons.");

    public static string PickYesOrNo(Language l) => T(l, "Pilih Ya atau Tidak.", "Pick Yes or No.");

    public static string PickConsent(Language l) => T(l, "Pilih Setuju atau Tidak setuju.", "Pick I agree or I do not agree.");

    public static string PickSummaryAction(Language l) => T(l, "Tekan Kirim, Ubah, atau Batal.", "Press Send, Edit or Cancel.");

    public static string PickField(Language l) => T(l, "Pilih data yang mau diubah.", "Pick what you want to change.");

    public static string ConsentRefused(Language l) => T(l,
        "Tidak apa-apa. Data formulir tidak kami simpan. Anda tetap bisa bertanya apa saja di sini.",
        "That is fine. Nothing from the form was stored. You can still ask me anything here.");

    /// <summary>
    /// When to expect contact. No number of days: the team's pace is not ours to promise, so the sentence
    /// says how and that it happens on working days, and that nothing is needed from the person meanwhile.
    /// </summary>
    public static string WhenContacted(Language l, string how) => T(l,
        $"Setelah Anda tekan Kirim, tim kami akan menghubungi Anda lewat {how} pada hari kerja. Anda tidak perlu melakukan apa-apa dulu.",
        $"After you press Send, our team will contact you by {how} on a working day. You do not need to do anything until then.");

    public static string ThanksOpening(Language l) => T(l, "Terima kasih, ", "Thank you, ");

    public static string Saved(Language l, bool isNew, string how) => isNew
        ? T(l, $"! Data Anda sudah tersimpan. Tim kami akan menghubungi Anda lewat {how}.", $"! Your details are saved. Our team will contact you by {how}.")
        : T(l, $"! Data Anda sudah diperbarui. Tim kami akan menghubungi Anda lewat {how}.", $"! Your details were updated. Our team will contact you by {how}.");

    public static string ScamWarning(Language l) => T(l,
        "Ingat: petugas resmi tidak pernah meminta OTP, PIN, atau transfer ke rekening pribadi. Hapus data Anda kapan saja dengan /hapus.",
        "Remember: real staff never ask for an OTP, PIN or a transfer to a personal account. Delete your data at any time with /hapus.");

    public static string NotSaved(Language l) => T(l,
        "Maaf, data Anda belum tersimpan karena gangguan sistem. Tekan Kirim lagi sebentar lagi.",
        "Sorry, your details were not saved because of a system problem. Press Send again in a moment.");

    public static string ConsentHeading(Language l) => T(l, "Persetujuan", "Consent");

    public static string Send(Language l) => T(l, "✔ Kirim", "✔ Send");

    public static string Cancel(Language l) => T(l, "✖ Batal", "✖ Cancel");
}
