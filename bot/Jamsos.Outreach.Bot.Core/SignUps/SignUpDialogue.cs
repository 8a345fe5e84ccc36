using System.Globalization;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Core.Text;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>
/// The interest sign-up form: name, phone, regency or city, occupation, how to be contacted, news
/// opt-in, consent (with its text and version), then a summary to confirm, edit or cancel. Cancel works
/// at every step. Nothing reaches the sign-up store before consent and confirmation; a refused consent
/// drops the draft. The same phone again updates the existing record.
/// </summary>
public sealed class SignUpDialogue
{
    public const int MaxNameLength = 100;
    private const int TotalSteps = 7;

    private readonly ISignUpStore store;
    private readonly TimeProvider clock;

    public SignUpDialogue(ISignUpStore store, TimeProvider clock)
    {
        this.store = store;
        this.clock = clock;
    }

    public (Reply Reply, ConversationState Next) Start(ConversationState state, Language language)
    {
        ArgumentNullException.ThrowIfNull(state);
        var draft = new SignUpDraft(SignUpStep.Name);
        var intro = T(language,
            "Baik, kita isi formulir singkat supaya tim kami bisa menghubungi dan membantu Anda mendaftar BPJS Ketenagakerjaan. Ini belum pendaftaran resmi. Ketik /batal kapan saja untuk berhenti.",
            "OK, let us fill in a short form so our team can contact you and help you join BPJS Ketenagakerjaan. This is not the official registration yet. Type /batal at any time to stop.");
        var prompt = Prompt(draft, language, state.Chat.Channel);
        var text = new RichText().Plain(intro).Paragraph().Append(prompt.Text);
        return (prompt with { Text = text }, state with { Flow = Flow.SignUp, SignUp = draft, Calculator = null });
    }

    /// <summary>One step: typed text, a pressed button (<paramref name="action"/>) or a shared phone number.</summary>
    public async Task<(Reply Reply, ConversationState Next)> HandleAsync(
        ConversationState state, IncomingMessage message, string? action, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(message);
        var draft = state.SignUp ?? new SignUpDraft(SignUpStep.Name);
        var channel = state.Chat.Channel;
        if (action == "cancel")
        {
            return Cancel(state, language);
        }

        var text = Clean(message.Text);
        switch (draft.Step)
        {
            case SignUpStep.Name:
                if (text.Length == 0 || text.Length > MaxNameLength)
                {
                    return Again(state, draft, language, text.Length == 0
                        ? T(language, "Nama belum terisi.", "The name is empty.")
                        : T(language, $"Nama terlalu panjang (paling banyak {MaxNameLength} huruf).", $"That name is too long (at most {MaxNameLength} characters)."));
                }

                return Advance(state, draft with { Name = text }, SignUpStep.Phone, language);

            case SignUpStep.Phone:
                if (!PhoneNumber.TryNormalize(message.SharedPhone ?? text, out var phone))
                {
                    return Again(state, draft, language, T(language,
                        "Nomor HP itu tidak saya kenali. Tulis nomor Indonesia, misalnya 0812 3456 7890 atau +62 812-3456-7890.",
                        "I could not read that phone number. Write an Indonesian number, for example 0812 3456 7890 or +62 812-3456-7890."));
                }

                return Advance(state, draft with { Phone = phone }, SignUpStep.Region, language);

            case SignUpStep.Region:
                if (action is not null && action.StartsWith("r:", StringComparison.Ordinal))
                {
                    var choice = action[2..];
                    if (choice == "other")
                    {
                        return Ask(state, draft with { Step = SignUpStep.RegionOther }, language);
                    }

                    if (int.TryParse(choice, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < Regions.Banten.Count)
                    {
                        return Advance(state, draft with { Region = Regions.Banten[index] }, SignUpStep.Occupation, language);
                    }
                }

                return TypedChoice(state, draft, text, Regions.MaxTypedLength, language,
                    value => draft with { Region = MatchRegion(value) }, SignUpStep.Occupation);

            case SignUpStep.RegionOther:
                return TypedChoice(state, draft, text, Regions.MaxTypedLength, language,
                    value => draft with { Region = value }, SignUpStep.Occupation);

            case SignUpStep.Occupation:
                if (action is not null && action.StartsWith("o:", StringComparison.Ordinal))
                {
                    var choice = action[2..];
                    if (choice == "other")
                    {
                        return Ask(state, draft with { Step = SignUpStep.OccupationOther }, language);
                    }

                    if (int.TryParse(choice, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < Occupations.Choices.Count)
                    {
                        return Advance(state, draft with { Occupation = Occupations.Choices[index].Id }, SignUpStep.Contact, language);
                    }
                }

                return TypedChoice(state, draft, text, Occupations.MaxTypedLength, language,
                    value => draft with { Occupation = value }, SignUpStep.Contact);

            case SignUpStep.OccupationOther:
                return TypedChoice(state, draft, text, Occupations.MaxTypedLength, language,
                    value => draft with { Occupation = value }, SignUpStep.Contact);

            case SignUpStep.Contact:
                var method = action switch
                {
                    "c:telegram" => ContactMethod.Telegram,
                    "c:whatsapp" => ContactMethod.WhatsApp,
                    "c:phone" => ContactMethod.PhoneCall,
                    "c:discord" => ContactMethod.Discord,
                    _ => ParseContact(text),
                };
                return method is { } m
                    ? Advance(state, draft with { ContactMethod = m }, SignUpStep.News, language)
                    : Again(state, draft, language, T(language, "Pilih salah satu tombol ya.", "Please pick one of the buttons."));

            case SignUpStep.News:
                var news = action switch { "n:yes" => true, "n:no" => false, _ => ParseYesNo(text) };
                return news is { } n
                    ? Advance(state, draft with { NewsOptIn = n }, SignUpStep.Consent, language)
                    : Again(state, draft, language, T(language, "Pilih Ya atau Tidak.", "Pick Yes or No."));

            case SignUpStep.Consent:
                var consent = action switch { "consent:yes" => true, "consent:no" => false, _ => ParseConsent(text) };
                if (consent is null)
                {
                    return Again(state, draft, language, T(language, "Pilih Setuju atau Tidak setuju.", "Pick I agree or I do not agree."));
                }

                if (consent == false)
                {
                    return (Reply.Of(T(language,
                        "Tidak apa-apa. Data formulir tidak kami simpan. Anda tetap bisa bertanya apa saja di sini.",
                        "That is fine. Nothing from the form was stored. You can still ask me anything here."), MenuRow(language)),
                        state with { Flow = Flow.None, SignUp = null });
                }

                return Advance(state, draft with { ConsentVersion = ConsentText.Version, ConsentAt = clock.GetUtcNow() }, SignUpStep.Summary, language);

            case SignUpStep.Summary:
                return action switch
                {
                    "confirm" => await ConfirmAsync(state, draft, message, language, cancellationToken).ConfigureAwait(false),
                    "edit" => Ask(state, draft with { Step = SignUpStep.EditChoice }, language),
                    _ => Again(state, draft, language, T(language, "Tekan Kirim, Ubah, atau Batal.", "Press Send, Edit or Cancel.")),
                };

            case SignUpStep.EditChoice:
                var field = action switch
                {
                    "edit:name" => SignUpStep.Name,
                    "edit:phone" => SignUpStep.Phone,
                    "edit:region" => SignUpStep.Region,
                    "edit:occupation" => SignUpStep.Occupation,
                    "edit:contact" => SignUpStep.Contact,
                    "edit:news" => SignUpStep.News,
                    _ => (SignUpStep?)null,
                };
                return field is { } f
                    ? Ask(state, draft with { Step = f, Editing = true }, language)
                    : Again(state, draft, language, T(language, "Pilih data yang mau diubah.", "Pick what you want to change."));

            default:
                return Cancel(state, language);
        }
    }

    private async Task<(Reply Reply, ConversationState Next)> ConfirmAsync(
        ConversationState state, SignUpDraft draft, IncomingMessage message, Language language, CancellationToken cancellationToken)
    {
        if (draft is not { Name: { } name, Phone: { } phone, Region: { } region, Occupation: { } occupation, ContactMethod: { } contact, NewsOptIn: { } news, ConsentVersion: { } version, ConsentAt: { } consentAt })
        {
            return Ask(state, draft with { Step = SignUpStep.Name }, language);
        }

        var now = clock.GetUtcNow();
        var signUp = new SignUp(phone, name, region, occupation, contact, news, version, consentAt,
            state.Chat.Channel, state.Chat.ChatId, message.UserId, state.Referrer, language.Code(), now, now);

        // A failed write throws to the engine, which keeps this draft so the person can press Send again.
        var isNew = await store.UpsertAsync(signUp, cancellationToken).ConfigureAwait(false);
        var how = ContactLabel(contact, language);
        var thanks = new RichText()
            .Plain(T(language, "Terima kasih, ", "Thank you, "))
            .Bold(name)
            .Plain(isNew
                ? T(language, $"! Data Anda sudah tersimpan. Tim kami akan menghubungi Anda lewat {how}.", $"! Your details are saved. Our team will contact you by {how}.")
                : T(language, $"! Data Anda sudah diperbarui. Tim kami akan menghubungi Anda lewat {how}.", $"! Your details were updated. Our team will contact you by {how}."))
            .Paragraph()
            .Plain(T(language,
                "Ingat: petugas resmi tidak pernah meminta OTP, PIN, atau transfer ke rekening pribadi. Hapus data Anda kapan saja dengan /hapus.",
                "Remember: real staff never ask for an OTP, PIN or a transfer to a personal account. Delete your data at any time with /hapus."));
        return (new Reply(thanks, [MenuRow(language)]), state with { Flow = Flow.None, SignUp = null });
    }

    private (Reply, ConversationState) Advance(ConversationState state, SignUpDraft draft, SignUpStep next, Language language) =>
        Ask(state, draft with { Step = draft.Editing ? SignUpStep.Summary : next, Editing = false }, language);

    private (Reply, ConversationState) Ask(ConversationState state, SignUpDraft draft, Language language) =>
        (Prompt(draft, language, state.Chat.Channel), state with { Flow = Flow.SignUp, SignUp = draft });

    private (Reply, ConversationState) Again(ConversationState state, SignUpDraft draft, Language language, string problem)
    {
        var prompt = Prompt(draft, language, state.Chat.Channel);
        var text = new RichText().Plain(problem).Line().Append(prompt.Text);
        return (prompt with { Text = text }, state with { Flow = Flow.SignUp, SignUp = draft });
    }

    private (Reply, ConversationState) TypedChoice(ConversationState state, SignUpDraft draft, string text, int maxLength, Language language,
        Func<string, SignUpDraft> set, SignUpStep next)
    {
        if (text.Length is 0 || text.Length > maxLength)
        {
            return Again(state, draft, language, T(language,
                $"Tulis singkat saja (paling banyak {maxLength} huruf), atau pilih tombol.",
                $"Keep it short (at most {maxLength} characters), or pick a button."));
        }

        return Advance(state, set(text), next, language);
    }

    private static (Reply, ConversationState) Cancel(ConversationState state, Language language) =>
        (Reply.Of(Cancelled(language), MenuRow(language)), state with { Flow = Flow.None, SignUp = null });

    /// <summary>The question for the current step, with its buttons (cancel always among them).</summary>
    public static Reply Prompt(SignUpDraft draft, Language l, string channel)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var cancel = new Button(T(l, "✖ Batal", "✖ Cancel"), Payloads.SignUp("cancel"));
        string Step(int n) => string.Create(CultureInfo.InvariantCulture, $"({n}/{TotalSteps}) ");
        switch (draft.Step)
        {
            case SignUpStep.Name:
                return new Reply(RichText.From(Step(1) + T(l, "Siapa nama Anda?", "What is your name?")), [[cancel]], InputKind.Name);
            case SignUpStep.Phone:
                return new Reply(RichText.From(Step(2) + T(l,
                    "Nomor HP atau WhatsApp Anda? Contoh: 0812 3456 7890.",
                    "Your phone or WhatsApp number? For example 0812 3456 7890.")), [[cancel]], InputKind.Phone);
            case SignUpStep.Region:
                var regions = Regions.Banten.Select((r, i) => new Button(r, Payloads.SignUp(string.Create(CultureInfo.InvariantCulture, $"r:{i}")))).ToList();
                var regionRows = regions.Chunk(2).Select(c => (IReadOnlyList<Button>)c).ToList();
                regionRows.Add([new Button(T(l, "Lainnya", "Other"), Payloads.SignUp("r:other")), cancel]);
                return new Reply(RichText.From(Step(3) + T(l, "Anda tinggal di kota/kabupaten mana?", "Which city or regency do you live in?")), regionRows, InputKind.FreeText);
            case SignUpStep.RegionOther:
                return new Reply(RichText.From(Step(3) + T(l, "Tulis nama kota/kabupaten Anda.", "Type your city or regency.")), [[cancel]], InputKind.FreeText);
            case SignUpStep.Occupation:
                var jobs = Occupations.Choices.Select((o, i) => new Button(l == Language.En ? o.En : o.Id, Payloads.SignUp(string.Create(CultureInfo.InvariantCulture, $"o:{i}")))).ToList();
                var jobRows = jobs.Chunk(2).Select(c => (IReadOnlyList<Button>)c).ToList();
                jobRows.Add([new Button(T(l, "Lainnya", "Other"), Payloads.SignUp("o:other")), cancel]);
                return new Reply(RichText.From(Step(4) + T(l, "Apa pekerjaan Anda?", "What is your work?")), jobRows, InputKind.FreeText);
            case SignUpStep.OccupationOther:
                return new Reply(RichText.From(Step(4) + T(l, "Tulis pekerjaan Anda.", "Type your work.")), [[cancel]], InputKind.FreeText);
            case SignUpStep.Contact:
                var first = channel == "discord"
                    ? new Button("Discord", Payloads.SignUp("c:discord"))
                    : new Button("Telegram", Payloads.SignUp("c:telegram"));
                return new Reply(RichText.From(Step(5) + T(l, "Tim kami sebaiknya menghubungi Anda lewat apa?", "How should our team contact you?")),
                    [[first, new Button("WhatsApp", Payloads.SignUp("c:whatsapp")), new Button(T(l, "Telepon", "Phone call"), Payloads.SignUp("c:phone"))], [cancel]]);
            case SignUpStep.News:
                return new Reply(RichText.From(Step(6) + T(l,
                    "Mau dapat kabar terbaru dari kami (misalnya info diskon iuran)? Bisa berhenti kapan saja.",
                    "Would you like news from us (for example about contribution discounts)? You can stop at any time.")),
                    [[new Button(T(l, "Ya", "Yes"), Payloads.SignUp("n:yes")), new Button(T(l, "Tidak", "No"), Payloads.SignUp("n:no"))], [cancel]]);
            case SignUpStep.Consent:
                return new Reply(new RichText()
                        .Plain(Step(7)).Bold(T(l, "Persetujuan", "Consent")).Plain($" (versi {ConsentText.Version})").Line()
                        .Plain(ConsentText.For(l)).Paragraph()
                        .Plain(T(l, "Apakah Anda setuju?", "Do you agree?")),
                    [[new Button(T(l, "✔ Setuju", "✔ I agree"), Payloads.SignUp("consent:yes")), new Button(T(l, "Tidak setuju", "I do not agree"), Payloads.SignUp("consent:no"))]]);
            case SignUpStep.Summary:
                return new Reply(Summary(draft, l),
                    [[new Button(T(l, "✔ Kirim", "✔ Send"), Payloads.SignUp("confirm")), new Button(T(l, "✏ Ubah", "✏ Edit"), Payloads.SignUp("edit")), cancel]]);
            case SignUpStep.EditChoice:
                return new Reply(RichText.From(T(l, "Data mana yang mau diubah?", "What do you want to change?")),
                [
                    [new Button(T(l, "Nama", "Name"), Payloads.SignUp("edit:name")), new Button(T(l, "Nomor HP", "Phone"), Payloads.SignUp("edit:phone"))],
                    [new Button(T(l, "Kota/kabupaten", "City/regency"), Payloads.SignUp("edit:region")), new Button(T(l, "Pekerjaan", "Work"), Payloads.SignUp("edit:occupation"))],
                    [new Button(T(l, "Cara dihubungi", "Contact"), Payloads.SignUp("edit:contact")), new Button(T(l, "Kabar terbaru", "News"), Payloads.SignUp("edit:news"))],
                    [cancel],
                ]);
            default:
                return Reply.Of(Cancelled(l));
        }
    }

    /// <summary>The summary shows the person's own words as plain spans: channels escape them.</summary>
    private static RichText Summary(SignUpDraft d, Language l) => new RichText()
        .Bold(T(l, "Periksa data Anda:", "Please check your details:")).Line()
        .Plain(T(l, "Nama: ", "Name: ")).Plain(d.Name ?? "-").Line()
        .Plain(T(l, "Nomor HP: ", "Phone: ")).Plain(d.Phone ?? "-").Line()
        .Plain(T(l, "Kota/kabupaten: ", "City/regency: ")).Plain(d.Region ?? "-").Line()
        .Plain(T(l, "Pekerjaan: ", "Work: ")).Plain(d.Occupation ?? "-").Line()
        .Plain(T(l, "Dihubungi lewat: ", "Contact by: ")).Plain(d.ContactMethod is { } c ? ContactLabel(c, l) : "-").Line()
        .Plain(T(l, "Kabar terbaru: ", "News: ")).Plain(d.NewsOptIn == true ? T(l, "Ya", "Yes") : T(l, "Tidak", "No")).Line()
        .Plain(T(l, "Persetujuan: versi ", "Consent: version ")).Plain(d.ConsentVersion ?? "-");

    private static string ContactLabel(ContactMethod method, Language l) => method switch
    {
        ContactMethod.WhatsApp => "WhatsApp",
        ContactMethod.PhoneCall => T(l, "telepon", "phone call"),
        ContactMethod.Discord => "Discord",
        _ => "Telegram",
    };

    private static IReadOnlyList<Button> MenuRow(Language l) => [new Button(MenuButton(l), Payloads.Command("menu"))];

    private static string MatchRegion(string typed) =>
        Regions.Banten.FirstOrDefault(r => string.Equals(r, typed, StringComparison.OrdinalIgnoreCase)) ?? typed;

    private static ContactMethod? ParseContact(string text) => text.ToUpperInvariant() switch
    {
        "WA" or "WHATSAPP" => ContactMethod.WhatsApp,
        "TELEGRAM" or "TG" => ContactMethod.Telegram,
        "TELEPON" or "TELPON" or "TELP" or "PHONE" or "CALL" => ContactMethod.PhoneCall,
        "DISCORD" => ContactMethod.Discord,
        _ => null,
    };

    private static bool? ParseYesNo(string text) => text.ToUpperInvariant() switch
    {
        "YA" or "IYA" or "Y" or "YES" or "MAU" or "BOLEH" => true,
        "TIDAK" or "GAK" or "GA" or "NGGAK" or "N" or "NO" or "ENGGAK" => false,
        _ => null,
    };

    private static bool? ParseConsent(string text) => text.ToUpperInvariant() switch
    {
        "SETUJU" or "YA" or "IYA" or "AGREE" or "I AGREE" or "YES" => true,
        "TIDAK SETUJU" or "TIDAK" or "GAK" or "NO" or "DISAGREE" => false,
        _ => null,
    };

    /// <summary>Typed text as given, minus control characters and outer spaces (emoji, RTL and markup stay).</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var kept = new string(text.Where(c => !char.IsControl(c) || c == ' ').ToArray());
        return kept.Trim();
    }
}
