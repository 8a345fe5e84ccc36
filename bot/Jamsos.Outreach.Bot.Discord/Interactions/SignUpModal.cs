using Jamsos.Outreach.Bot.Channels.Discord.Rendering;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// The sign-up modal: exactly five Labels (Discord's maximum): name, phone, regency or city, occupation,
/// and consent as a required one-option checkbox group (a single checkbox cannot be required). Limits
/// mirror the dialogue's; the server validates again. Pre-filled through "value" when reopened.
/// </summary>
internal static class SignUpModal
{
    public const int MaxTitleLength = 45;

    public static ModalData Build(Language l, SignUpModalValues? prefill)
    {
        return new ModalData(DiscordCustomId.SignUpForm, T(l, "Minta dihubungi tim kami", "Ask our team to contact you"),
        [
            Label(T(l, "Nama", "Name"), null, TextInput(SignUpModalValues.NameField, 2, SignUpDialogue.MaxNameLength, T(l, "Nama Anda", "Your name"), prefill?.Name)),
            Label(T(l, "Nomor HP / WhatsApp", "Phone / WhatsApp number"), T(l, "Nomor Indonesia, misalnya 0812 3456 7890 atau +62 812-3456-7890", "An Indonesian number, e.g. 0812 3456 7890 or +62 812-3456-7890"),
                TextInput(SignUpModalValues.PhoneField, 8, 20, "0812 3456 7890", prefill?.Phone)),
            Label(T(l, "Kota / kabupaten", "City / regency"), null,
                TextInput(SignUpModalValues.RegionField, 2, Regions.MaxTypedLength, T(l, "Misalnya Kota Serang", "For example Kota Serang"), prefill?.Region)),
            Label(T(l, "Pekerjaan", "Work"), null,
                TextInput(SignUpModalValues.OccupationField, 2, Occupations.MaxTypedLength, T(l, "Misalnya ojol, pedagang, petani", "For example ojol, trader, farmer"), prefill?.Occupation)),
            Label(T(l, "Persetujuan", "Consent"), T(l, $"Teks lengkap (versi {ConsentText.Version}) tampil sebelum Anda menekan Kirim.", $"The full text (version {ConsentText.Version}) is shown before you press Send."),
                new Component
                {
                    Type = ComponentTypes.CheckboxGroup,
                    CustomId = SignUpModalValues.ConsentField,
                    Required = true,
                    MinValues = 1,
                    MaxValues = 1,
                    Options = [new SelectOption(T(l, "Saya setuju data saya disimpan untuk dihubungi", "I agree to my details being kept to contact me"), SignUpModalValues.ConsentAgree)],
                }),
        ]);
    }

    private static Component Label(string label, string? description, Component child) => new()
    {
        Type = ComponentTypes.Label,
        Label = label,
        Description = description,
        Child = child,
    };

    private static Component TextInput(string id, int min, int max, string placeholder, string? value) => new()
    {
        Type = ComponentTypes.TextInput,
        CustomId = id,
        Style = 1,
        MinLength = min,
        MaxLength = max,
        Required = true,
        Placeholder = placeholder,
        Value = string.IsNullOrEmpty(value) ? null : value.Length <= max ? value : value[..max],
    };
}
