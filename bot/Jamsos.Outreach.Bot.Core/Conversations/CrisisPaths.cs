using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// Moments of crisis (issue 15, point 8): after a death or an accident the reply opens with one line of
/// sympathy, says what matters first, and offers the next steps as entry buttons. The facts stay in the
/// entries the buttons open; the texts here only point to them, and the reporting time comes from
/// content/data (jkk.report_hours). /meninggal and /kecelakaan open these paths directly.
/// </summary>
public sealed class CrisisPaths
{
    private readonly DataCatalog catalog;

    public CrisisPaths(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        catalog = knowledge.Catalog;
    }

    /// <summary>The entries a path offers, in order (checked against the content by the tests).</summary>
    public static IReadOnlyList<string> Entries(Crisis crisis) => CrisisTexts.Steps(crisis);

    /// <summary>The line a crisis reply opens with (the answer engine's, so an answer's first screen counts it).</summary>
    public static string Sympathy(Language l, Crisis crisis) => CrisisTexts.Sympathy(l, crisis);

    /// <summary>/meninggal and /kecelakaan: the sympathy line, what matters first, and the next steps.</summary>
    public Reply Opening(Language language, Crisis crisis) => Opening(language, crisis, []);

    /// <summary>
    /// A reported death or accident the engine was not sure about: the sympathy line and what matters first, then the
    /// closest entries it found (titles, best first), then the path's other steps and the menu.
    /// </summary>
    public Reply Opening(Language language, Crisis crisis, IReadOnlyList<Suggestion> closest)
    {
        ArgumentNullException.ThrowIfNull(closest);
        var rows = closest
            .Select(AnswerReplies.EntryRow)
            .Concat(Steps(language, Entries(crisis).Where(id => !closest.Any(s => s.EntryId == id))))
            .Append([new Button(MenuButton(language), new CommandPayload("menu"))])
            .ToList();
        return new(new RichText().Plain(Sympathy(language, crisis)).Paragraph().Plain(FirstSteps(language, crisis)), rows);
    }

    /// <summary>One row per step (an answer's <see cref="AnswerResult.Related"/> after a crisis), with the path's labels.</summary>
    public IEnumerable<IReadOnlyList<Button>> Steps(Language language, IEnumerable<string> entryIds) =>
        entryIds.Select(id => (IReadOnlyList<Button>)[new Button(Label(language, id), new EntryPayload(id))]);

    private string ReportHours(Language language) => catalog.Text("jkk.report_hours", language);

    // What matters first: drawn from the entries klaim-jkm, ahli-waris (death) and klaim-jkk,
    // lapor-kecelakaan (accident); the buttons below hold the details and the sources.
    private string FirstSteps(Language l, Crisis crisis) => crisis switch
    {
        Crisis.Death => T(l,
            "Kalau almarhum atau almarhumah peserta BPJS Ketenagakerjaan, ahli warisnya bisa mengajukan santunan. Pilih di bawah: dokumen yang perlu disiapkan, siapa ahli warisnya, kantor dan kontak, atau beasiswa anak.",
            "If the person who died was a BPJS Ketenagakerjaan participant, their heirs can claim the benefits. Pick below: the documents to prepare, who the heirs are, offices and contacts, or scholarships for children."),
        Crisis.Accident => T(l,
            $"Kalau ini kecelakaan kerja: berobat dulu, sebisa mungkin di PLKK (faskes mitra BPJS Ketenagakerjaan) dengan menunjukkan kartu peserta. Lalu laporkan kecelakaannya ke BPJS Ketenagakerjaan secepatnya, usahakan dalam {ReportHours(l)}.",
            $"If this was a work accident: get treated first, at a PLKK (a BPJS Ketenagakerjaan partner facility) if you can, showing the membership card. Then report the accident to BPJS Ketenagakerjaan as soon as possible, ideally within {ReportHours(l)}."),
        _ => string.Empty,
    };

    private string Label(Language l, string entryId) => entryId switch
    {
        "klaim-jkm" => T(l, "📄 Dokumen untuk klaim santunan", "📄 Documents to claim"),
        "ahli-waris" => T(l, "👪 Siapa ahli warisnya", "👪 Who the heirs are"),
        "kantor-banten" => T(l, "🏢 Kantor terdekat & kontak", "🏢 Nearest office & contacts"),
        "beasiswa" => T(l, "🎓 Beasiswa anak", "🎓 Scholarships for children"),
        "lapor-kecelakaan" => T(l, $"⏱ Yang dilakukan dalam {ReportHours(l)}", $"⏱ What to do within {ReportHours(l)}"),
        "dokumen-klaim-jkk" => T(l, "📄 Dokumen klaim JKK", "📄 Documents for the JKK claim"),
        "plkk" => T(l, "🏥 Berobat tanpa bayar (PLKK)", "🏥 Treatment without paying (PLKK)"),
        _ => entryId,
    };
}
