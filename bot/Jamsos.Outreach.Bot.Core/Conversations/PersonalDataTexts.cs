using System.Globalization;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// The /datasaya reply: everything kept about the person, in short plain sentences ("Anda"), Indonesian or
/// English. The person's own words (name, questions) are plain spans: channels escape them.
/// </summary>
public static class PersonalDataTexts
{
    public static RichText Report(PersonalDataReport report, Language l, TimeSpan questionRetention)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new RichText().Bold(T(l, "Data Anda yang kami simpan", "The data we keep about you")).Paragraph();
        if (report.IsEmpty)
        {
            return text.Plain(T(l,
                "Kami tidak menyimpan data tentang Anda: tidak ada pendaftaran, penilaian jawaban, atau pertanyaan dari Anda.",
                "We keep no data about you: no sign-up, no answer ratings and no questions from you."));
        }

        foreach (var signUp in report.SignUps)
        {
            AppendSignUp(text, signUp, l);
        }

        if (report.SignUps.Count == 0)
        {
            text.Plain(T(l, "Pendaftaran: tidak ada.", "Sign-up: none.")).Paragraph();
        }

        text.Plain(T(l, "Penilaian jawaban (\"Membantu?\"): ", "Answer ratings (\"Helpful?\"): "))
            .Plain(report.FeedbackVotes.ToString(CultureInfo.InvariantCulture)).Plain(T(l, ". Kami tidak menyimpan siapa yang menilai.", ". We do not keep who rated."))
            .Paragraph();
        foreach (var reminder in report.ReminderList)
        {
            AppendReminder(text, reminder, l);
        }

        AppendQuestions(text, report.Questions, l, questionRetention);
        return text.Plain(T(l,
            "Kami memakai data ini hanya untuk membantu Anda mendaftar dan memperbaiki jawaban. Hapus semuanya kapan saja dengan /hapus.",
            "We use this data only to help you join and to improve our answers. Delete all of it at any time with /hapus."));
    }

    private static void AppendSignUp(RichText text, SignUp s, Language l) => text
        .Bold(T(l, "Pendaftaran", "Sign-up")).Line()
        .Plain(T(l, "Nama: ", "Name: ")).Plain(s.Name).Line()
        .Plain(T(l, "Nomor HP: ", "Phone: ")).Plain(s.Phone).Line()
        .Plain(T(l, "Kota/kabupaten: ", "City/regency: ")).Plain(s.Region).Line()
        .Plain(T(l, "Pekerjaan: ", "Work: ")).Plain(s.Occupation).Line()
        .Plain(T(l, "Dihubungi lewat: ", "Contact by: ")).Plain(SignUpPrompts.ContactLabel(s.ContactMethod, l)).Line()
        .Plain(T(l, "Kabar terbaru: ", "News: ")).Plain(s.NewsOptIn ? T(l, "Ya", "Yes") : T(l, "Tidak", "No")).Line()
        .Plain(T(l, "Persetujuan: versi ", "Consent: version ")).Plain(s.ConsentVersion).Plain(T(l, ", pada ", ", given ")).Plain(When(s.ConsentAt)).Line()
        .Plain(T(l, "Kode rujukan: ", "Referral code: ")).Plain(s.Referrer ?? "-").Line()
        .Plain(T(l, "Disimpan: ", "Stored: ")).Plain(When(s.CreatedAt)).Plain(T(l, "; diubah: ", "; changed: ")).Plain(When(s.UpdatedAt))
        .Paragraph();

    private static void AppendReminder(RichText text, PaymentReminder r, Language l) => text
        .Bold(ReminderTexts.MyDataHeading(l)).Line()
        .Plain(ReminderTexts.MyData(l, r.Day, ReminderTexts.SectorName(r.Sector, l), ValueFormatter.Rupiah(r.IncomeFrom, l) + "+", When(r.NextSendAt),
            r.ConsentVersion, When(r.ConsentAt), r.Unconfirmed))
        .Paragraph();

    private static void AppendQuestions(RichText text, IReadOnlyList<UnansweredQuestion> questions, Language l, TimeSpan retention)
    {
        var days = ((int)retention.TotalDays).ToString(CultureInfo.InvariantCulture);
        if (questions.Count == 0)
        {
            text.Plain(T(l, "Pertanyaan yang kami simpan: tidak ada.", "Questions we keep: none.")).Paragraph();
            return;
        }

        text.Plain(T(l,
            $"Pertanyaan yang belum bisa kami jawab, disimpan untuk memperbaiki jawaban (nomor, e-mail, dan nama sudah disamarkan; dihapus otomatis setelah {days} hari):",
            $"Questions we could not answer yet, kept to improve our answers (numbers, e-mails and names masked; deleted automatically after {days} days):"));
        foreach (var question in questions)
        {
            text.Line().Plain("- " + When(question.At) + ": ").Plain(question.Question);
        }

        text.Paragraph();
    }

    /// <summary>Jakarta time (WIB, UTC+7, no daylight saving), the same for both languages.</summary>
    private static string When(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " WIB";
}
