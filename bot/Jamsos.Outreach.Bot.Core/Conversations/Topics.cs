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
        [new Button(T(l, "💰 Iuran", "💰 Contribution"), Payloads.Topic("iuran")), new Button(T(l, "🏷 Diskon 2026", "🏷 2026 discount"), Payloads.Topic("diskon"))],
        [new Button(T(l, "🩹 Kecelakaan kerja (JKK)", "🩹 Work accident (JKK)"), Payloads.Topic("jkk")), new Button(T(l, "🕊 Jaminan kematian (JKM)", "🕊 Death benefit (JKM)"), Payloads.Topic("jkm"))],
        [new Button(T(l, "🎓 Beasiswa anak", "🎓 Scholarships"), Payloads.Topic("beasiswa")), new Button(T(l, "💼 Kehilangan kerja (JKP)", "💼 Job loss (JKP)"), Payloads.Topic("jkp"))],
        [new Button(T(l, "📋 Cara daftar", "📋 How to join"), Payloads.Topic("daftar")), new Button(T(l, "💳 Cara bayar", "💳 How to pay"), Payloads.Topic("bayar"))],
        [new Button(T(l, "📄 Klaim", "📄 Claims"), Payloads.Topic("klaim")), new Button(T(l, "🏢 Kantor & kontak", "🏢 Offices & contacts"), Payloads.Topic("kantor"))],
        [new Button(CalculatorButton(l), Payloads.Command("iuran")), new Button(SignUpButton(l), Payloads.Command("daftar"))],
    ];
}
