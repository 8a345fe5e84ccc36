using System.Globalization;
using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Text;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>The question of each sign-up step with its buttons (cancel always among them), and the summary.</summary>
public static class SignUpPrompts
{
    private const int TotalSteps = 7;

    /// <param name="channelContact">How the channel itself reaches the person: offered as the first contact button.</param>
    public static Reply Prompt(SignUpDraft draft, Language l, ContactMethod channelContact)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var cancel = CancelButton(l);
        switch (draft.Step)
        {
            case SignUpStep.Name:
                return new Reply(Numbered(1, T(l, "Siapa nama Anda?", "What is your name?")), [[cancel]], InputKind.Name);
            case SignUpStep.Phone:
                return new Reply(Numbered(2, T(l,
                    "Nomor HP atau WhatsApp Anda? Contoh: 0812 3456 7890.",
                    "Your phone or WhatsApp number? For example 0812 3456 7890.")), [[cancel]], InputKind.Phone);
            case SignUpStep.Region:
                var regions = Regions.Banten.Select((r, i) => new Button(r, new SignUpRegionPayload(i)));
                return new Reply(Numbered(3, T(l, "Anda tinggal di kota/kabupaten mana?", "Which city or regency do you live in?")),
                    Rows(regions, new Button(T(l, "Lainnya", "Other"), new SignUpRegionPayload(null)), cancel), InputKind.FreeText);
            case SignUpStep.RegionChoice when SignUpFieldValidator.RegionChoices(draft.Region) is { Count: > 1 } choices:
                // Not numbered: a follow-up to step 3, also asked after Discord's form. One button a row: the names are long on a phone.
                return new Reply(RichText.From(string.Join(T(l, " atau ", " or "), choices.Select(c => c.Name)) + "?"),
                    [.. choices.Select(c => (IReadOnlyList<Button>)[new Button(c.Name, new SignUpRegencyPayload(c.Code))]), [cancel]], InputKind.FreeText);
            case SignUpStep.RegionOther:
            case SignUpStep.RegionChoice:
                return new Reply(Numbered(3, T(l, "Tulis nama kota/kabupaten Anda.", "Type your city or regency.")), [[cancel]], InputKind.FreeText);
            case SignUpStep.Occupation:
                var jobs = Occupations.Choices.Select((o, i) => new Button(l == Language.En ? o.En : o.Id, new SignUpOccupationPayload(i)));
                return new Reply(Numbered(4, T(l, "Apa pekerjaan Anda?", "What is your work?")),
                    Rows(jobs, new Button(T(l, "Lainnya", "Other"), new SignUpOccupationPayload(null)), cancel), InputKind.FreeText);
            case SignUpStep.OccupationOther:
                return new Reply(Numbered(4, T(l, "Tulis pekerjaan Anda.", "Type your work.")), [[cancel]], InputKind.FreeText);
            case SignUpStep.Contact:
                var first = channelContact == ContactMethod.Discord
                    ? new Button("Discord", new SignUpContactPayload(ContactMethod.Discord))
                    : new Button("Telegram", new SignUpContactPayload(ContactMethod.Telegram));
                return new Reply(Numbered(5, T(l, "Tim kami sebaiknya menghubungi Anda lewat apa?", "How should our team contact you?")),
                    [[first, new Button("WhatsApp", new SignUpContactPayload(ContactMethod.WhatsApp)), new Button(T(l, "Telepon", "Phone call"), new SignUpContactPayload(ContactMethod.PhoneCall))], [cancel]]);
            case SignUpStep.News:
                return new Reply(Numbered(6, T(l,
                    "Mau dapat kabar terbaru dari kami (misalnya info diskon iuran)? Bisa berhenti kapan saja.",
                    "Would you like news from us (for example about contribution discounts)? You can stop at any time.")),
                    [[new Button(T(l, "Ya", "Yes"), new SignUpNewsPayload(Wanted: true)), new Button(T(l, "Tidak", "No"), new SignUpNewsPayload(Wanted: false))], [cancel]]);
            case SignUpStep.Consent:
                return new Reply(new RichText()
                        .Plain(StepNumber(7)).Bold(SignUpTexts.ConsentHeading(l)).Plain($" (versi {ConsentText.Version})").Line()
                        .Plain(ConsentText.For(l)).Paragraph()
                        .Plain(T(l, "Apakah Anda setuju?", "Do you agree?")),
                    [[new Button(T(l, "✔ Setuju", "✔ I agree"), new SignUpConsentPayload(Agreed: true)), new Button(T(l, "Tidak setuju", "I do not agree"), new SignUpConsentPayload(Agreed: false))]]);
            case SignUpStep.Summary:
                return new Reply(Summary(draft, l),
                    [[new Button(SignUpTexts.Send(l), new SignUpConfirmPayload()), new Button(T(l, "✏ Ubah", "✏ Edit"), new SignUpEditPayload()), cancel]]);
            case SignUpStep.EditChoice:
                return new Reply(RichText.From(T(l, "Data mana yang mau diubah?", "What do you want to change?")), EditRows(l, cancel));
            default:
                return Reply.Of(Cancelled(l));
        }
    }

    public static Button CancelButton(Language l) => new(SignUpTexts.Cancel(l), new SignUpCancelPayload());

    public static IReadOnlyList<Button> MenuRow(Language l) => [new Button(MenuButton(l), new CommandPayload("menu"))];

    public static string ContactLabel(ContactMethod method, Language l) => method switch
    {
        ContactMethod.WhatsApp => "WhatsApp",
        ContactMethod.PhoneCall => T(l, "telepon", "phone call"),
        ContactMethod.Discord => "Discord",
        _ => "Telegram",
    };

    /// <summary>
    /// The summary in plain words: the person's own words as plain spans (channels escape them), the phone
    /// in the national form people write ("0812-3456-7890", not "+62…"), consent as "ya" with its date in
    /// Jakarta, and one sentence on what happens after Send. The consent text's version is stored with the
    /// sign-up and shown at the consent step, not here.
    /// </summary>
    private static RichText Summary(SignUpDraft d, Language l)
    {
        var how = d.ContactMethod is { } c ? ContactLabel(c, l) : "-";
        var consent = d.ConsentAt is { } at
            ? T(l, "ya, ", "yes, ") + ValueFormatter.Date(DateOnly.FromDateTime(at.UtcDateTime.AddHours(7)), l)
            : "-";
        return new RichText()
            .Bold(T(l, "Periksa data Anda:", "Please check your details:")).Line()
            .Plain(T(l, "Nama: ", "Name: ")).Plain(d.Name ?? "-").Line()
            .Plain(T(l, "Nomor HP: ", "Phone: ")).Plain(d.Phone is { } phone ? PhoneNumber.ForDisplay(phone) : "-").Line()
            .Plain(T(l, "Kota/kabupaten: ", "City/regency: ")).Plain(d.Region ?? "-").Line()
            .Plain(T(l, "Pekerjaan: ", "Work: ")).Plain(d.Occupation ?? "-").Line()
            .Plain(T(l, "Dihubungi lewat: ", "Contact by: ")).Plain(how).Line()
            .Plain(T(l, "Mau kabar terbaru: ", "News from us: ")).Plain(d.NewsOptIn == true ? T(l, "ya", "yes") : T(l, "tidak", "no")).Line()
            .Plain(T(l, "Setuju dihubungi: ", "Agreed to be contacted: ")).Plain(consent).Paragraph()
            .Plain(SignUpTexts.WhenContacted(l, how));
    }

    private static IReadOnlyList<IReadOnlyList<Button>> EditRows(Language l, Button cancel) =>
    [
        [new Button(T(l, "Nama", "Name"), new SignUpEditPayload(SignUpStep.Name)), new Button(T(l, "Nomor HP", "Phone"), new SignUpEditPayload(SignUpStep.Phone))],
        [new Button(T(l, "Kota/kabupaten", "City/regency"), new SignUpEditPayload(SignUpStep.Region)), new Button(T(l, "Pekerjaan", "Work"), new SignUpEditPayload(SignUpStep.Occupation))],
        [new Button(T(l, "Cara dihubungi", "Contact"), new SignUpEditPayload(SignUpStep.Contact)), new Button(T(l, "Kabar terbaru", "News"), new SignUpEditPayload(SignUpStep.News))],
        [cancel],
    ];

    /// <summary>Choices two to a row, then "Other" and cancel.</summary>
    private static List<IReadOnlyList<Button>> Rows(IEnumerable<Button> choices, Button other, Button cancel)
    {
        var rows = choices.Chunk(2).Select(c => (IReadOnlyList<Button>)c).ToList();
        rows.Add([other, cancel]);
        return rows;
    }

    private static RichText Numbered(int step, string question) => RichText.From(StepNumber(step) + question);

    private static string StepNumber(int step) => string.Create(CultureInfo.InvariantCulture, $"({step}/{TotalSteps}) ");
}
