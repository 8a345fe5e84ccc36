using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>The topic menu: each topic opens one FAQ entry; two buttons start the dialogues.</summary>
public static class Topics
{
    public static readonly IReadOnlyDictionary<string, string> EntryOf = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["iuran"] = "iuran-bpu",
        ["diskon"] = "diskon-2026",
        ["jkk"] = "jkk-manfaat",
        ["jkm"] = "jkm-42-juta",
        ["beasiswa"] = "beasiswa",
        ["jkp"] = "jkp-bukan-untuk-bpu",
        ["daftar"] = "daftar-online",
        ["bayar"] = "cara-bayar",
        ["klaim"] = "klaim-jkk",
        ["kantor"] = "kantor-banten",
    };

    public static IReadOnlyList<IReadOnlyList<Button>> Menu(Language l) =>
    [
        [new Button(T(l, "💰 Iuran", "💰 Contribution"), new TopicPayload("iuran")), new Button(T(l, "🏷 Diskon 2026", "🏷 2026 discount"), new TopicPayload("diskon"))],
        [new Button(T(l, "🩹 Kecelakaan kerja (JKK)", "🩹 Work accident (JKK)"), new TopicPayload("jkk")), new Button(T(l, "🕊 Jaminan kematian (JKM)", "🕊 Death benefit (JKM)"), new TopicPayload("jkm"))],
        [new Button(T(l, "🎓 Beasiswa anak", "🎓 Scholarships"), new TopicPayload("beasiswa")), new Button(T(l, "💼 Kehilangan kerja (JKP)", "💼 Job loss (JKP)"), new TopicPayload("jkp"))],
        [new Button(T(l, "📋 Cara daftar", "📋 How to join"), new TopicPayload("daftar")), new Button(T(l, "💳 Cara bayar", "💳 How to pay"), new TopicPayload("bayar"))],
        [new Button(T(l, "📄 Klaim", "📄 Claims"), new TopicPayload("klaim")), new Button(T(l, "🏢 Kantor & kontak", "🏢 Offices & contacts"), new TopicPayload("kantor"))],
        [new Button(CalculatorButton(l), new CommandPayload("iuran")), new Button(SignUpButton(l), new CommandPayload("daftar"))],
    ];
}
