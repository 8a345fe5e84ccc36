using System.Text;
using Jamsos.Outreach.Bot.Core.Privacy;

namespace Jamsos.Outreach.Tests.Bot.Privacy.Check;

/// <summary>
/// The one person whose life the privacy check follows through the terminal chat, what they type, and every
/// form a trace of them could take in storage: name, phone as typed and as stored (08…, +628…, 628…), the
/// chat and user id, the person hash (under a salt the test sets, so it can be computed), the e-mail and the
/// raw text of the question the bot could not answer.
/// </summary>
internal static class ThePerson
{
    public const string Name = "Wulandari Kusumawati";

    public const string Email = "wulan.kusuma@contoh.id";

    /// <summary>The terminal's one chat and user (TerminalChannel.LocalUser).</summary>
    public const string ChatId = "local";

    /// <summary>The part of the unanswered question that survives masking: stored until /hapus, then gone.</summary>
    public const string QuestionCore = "zorblax kuantum flibber";

    /// <summary>An unanswered question with a self-introduced name, an e-mail and a phone written with dots.</summary>
    public const string Question = "nama saya " + Name + ", " + Email + " 0812.3456.7890, " + QuestionCore + " gimana?";

    /// <summary>The host's Privacy:Salt for the run (base64 of 32 fixed bytes).</summary>
    public static readonly string Salt = Convert.ToBase64String(Encoding.ASCII.GetBytes("privacy-check-salt-32-bytes-long"));

    /// <summary>
    /// Questions (one answered and rated "Membantu", one unanswered), the sign-up with consent (name, phone,
    /// Kota Serang, Pedagang, WhatsApp, news yes, consent, send), /datasaya, then /hapus.
    /// </summary>
    public static IReadOnlyList<string> LinesBeforeErasure { get; } =
    [
        "brp iuran bpjs tk buat ojol?",
        VoteHelpful,
        Question,
        "/daftar",
        Name,
        "0812 3456 7890",
        "1",
        "3",
        "2",
        "1",
        "1",
        "1",
        "/datasaya",
    ];

    public const string Erasure = "/hapus";

    /// <summary>Stands for "the number of the last 👍 Membantu button shown" (its place depends on the answer).</summary>
    public const string VoteHelpful = "<press 👍 Membantu>";

    public static string PersonHash => new HmacPersonHasher(Convert.FromBase64String(Salt)).Hash("terminal", ChatId);

    /// <summary>Every trace to look for, labelled by what it would reveal.</summary>
    public static IReadOnlyList<(string Label, string Text)> Traces { get; } =
    [
        ("name", "Wulandari"),
        ("name", "Kusumawati"),
        ("phone", "081234567890"),
        ("phone", "+6281234567890"),
        ("phone", "6281234567890"),
        ("phone", "0812 3456 7890"),
        ("phone", "0812.3456.7890"),
        ("phone", "0812-3456-7890"),
        ("phone", "81234567890"),
        ("e-mail", Email),
        ("question", Question),
        ("question", QuestionCore),
        ("chat id", ChatId),
        ("person hash", PersonHash),
    ];
}
