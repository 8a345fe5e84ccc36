using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Core.Reminders;

/// <summary>
/// The consent given before a reminder is stored (UU PDP 27/2022), recorded with its version and time as
/// a sign-up's is. A changed text gets a new version; stored reminders keep the one agreed to.
/// </summary>
public static class ReminderConsent
{
    public const string Version = "2026-12-06.r1";

    /// <param name="command">The stop command ("/pengingat stop").</param>
    public static string For(Language language, string command) => language == Language.En
        ? "We store this chat's id, the day you chose, your sector and income band, your language, when the next reminder is due, " +
          "and how many reminders went without a \"Paid\" press. We use them only to send you this reminder. " +
          $"We never ask for your NIK, OTP or passwords. Stop it any time with {command}, or delete all your data with /hapus."
        : "Kami menyimpan ID chat ini, tanggal yang Anda pilih, sektor dan kelompok penghasilan Anda, bahasa, kapan pengingat berikutnya, " +
          "dan berapa pengingat yang belum dijawab \"Sudah bayar\". Data ini hanya dipakai untuk mengirim pengingat ini. " +
          $"Kami tidak pernah meminta NIK, OTP, atau kata sandi. Hentikan kapan saja dengan {command}, atau hapus semua data Anda dengan /hapus.";
}
