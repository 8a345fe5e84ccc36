using Jamsos.Outreach.Bot.Core.Text;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>
/// The rules of every typed sign-up field, used by the chat's steps and by a whole form (Discord's modal)
/// alike, so both accept and refuse exactly the same answers with the same words. Typed text is kept as
/// given, minus control characters and outer spaces (emoji, right-to-left text and markup stay).
/// </summary>
public static class SignUpFieldValidator
{
    public const int MaxNameLength = 100;

    public static FieldCheck<string> Name(string? typed, Language language)
    {
        var text = Clean(typed);
        return text.Length == 0 ? FieldCheck.Invalid<string>(SignUpTexts.NameEmpty(language))
            : text.Length > MaxNameLength ? FieldCheck.Invalid<string>(SignUpTexts.NameTooLong(language, MaxNameLength))
            : FieldCheck.Valid(text);
    }

    /// <param name="shared">A number the platform shared on the person's request; it wins over typed text.</param>
    public static FieldCheck<string> Phone(string? typed, string? shared, Language language) =>
        PhoneNumber.TryNormalize(shared ?? Clean(typed), out var phone)
            ? FieldCheck.Valid(phone)
            : FieldCheck.Invalid<string>(SignUpTexts.PhoneUnknown(language));

    /// <summary>
    /// A typed regency or city, written as its canonical name when it names exactly one ("kab. bekasi" →
    /// "Kabupaten Bekasi", "jaksel" → "Kota Jakarta Selatan"). Anything else is kept as typed: a district or
    /// a village is still a place, and a name that is both a Kota and a Kabupaten waits for
    /// <see cref="RegionChoices"/> to be answered.
    /// </summary>
    public static FieldCheck<string> Region(string? typed, Language language)
    {
        var check = Short(typed, Regions.MaxTypedLength, language);
        return check.IsValid && Regencies.Find(check.Value) is [var one] ? FieldCheck.Valid(one.Name) : check;
    }

    /// <summary>The Kota and the Kabupaten a region kept as typed may mean ("bekasi"); empty when it is not ambiguous.</summary>
    public static IReadOnlyList<Regency> RegionChoices(string? region) => Regencies.Find(region) is { Count: > 1 } both ? both : [];

    public static FieldCheck<string> Occupation(string? typed, Language language) => Short(typed, Occupations.MaxTypedLength, language);

    public static FieldCheck<ContactMethod> Contact(string? typed, Language language) => Clean(typed).ToUpperInvariant() switch
    {
        "WA" or "WHATSAPP" => FieldCheck.Valid(ContactMethod.WhatsApp),
        "TELEGRAM" or "TG" => FieldCheck.Valid(ContactMethod.Telegram),
        "TELEPON" or "TELPON" or "TELP" or "PHONE" or "CALL" => FieldCheck.Valid(ContactMethod.PhoneCall),
        "DISCORD" => FieldCheck.Valid(ContactMethod.Discord),
        _ => FieldCheck.Invalid<ContactMethod>(SignUpTexts.PickAButton(language)),
    };

    public static FieldCheck<bool> NewsOptIn(string? typed, Language language) => Clean(typed).ToUpperInvariant() switch
    {
        "YA" or "IYA" or "Y" or "YES" or "MAU" or "BOLEH" => FieldCheck.Valid(true),
        "TIDAK" or "GAK" or "GA" or "NGGAK" or "N" or "NO" or "ENGGAK" => FieldCheck.Valid(false),
        _ => FieldCheck.Invalid<bool>(SignUpTexts.PickYesOrNo(language)),
    };

    public static FieldCheck<bool> Consent(string? typed, Language language) => Clean(typed).ToUpperInvariant() switch
    {
        "SETUJU" or "YA" or "IYA" or "AGREE" or "I AGREE" or "YES" => FieldCheck.Valid(true),
        "TIDAK SETUJU" or "TIDAK" or "GAK" or "NO" or "DISAGREE" => FieldCheck.Valid(false),
        _ => FieldCheck.Invalid<bool>(SignUpTexts.PickConsent(language)),
    };

    /// <summary>Typed text as given, minus control characters and outer spaces (emoji, RTL and markup stay).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var kept = new string(text.Where(c => !char.IsControl(c) || c == ' ').ToArray());
        return kept.Trim();
    }

    private static FieldCheck<string> Short(string? typed, int maxLength, Language language)
    {
        var text = Clean(typed);
        return text.Length is 0 || text.Length > maxLength
            ? FieldCheck.Invalid<string>(SignUpTexts.KeepItShort(language, maxLength))
            : FieldCheck.Valid(text);
    }
}
