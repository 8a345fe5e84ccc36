using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>
/// Version 1 of the button wire format, exactly as it shipped: kinds "m" (topic), "e" (entry), "fy"/"fn"
/// (feedback), "l" (language), "cmd" (command), "su" (sign-up), "c" (calculator) and "mo" (the rest of a long answer). Its strings are
/// pinned by tests: buttons already sent keep working after every upgrade. New actions inside a kind
/// ("su:rk:32.16") extend it without changing any existing string; an older reader refuses them as expired.
/// </summary>
internal static class PayloadV1
{
    private const string Other = "other";

    public static (string Kind, string Value) Write(Payload payload) => payload switch
    {
        TopicPayload p => ("m", p.Topic),
        EntryPayload p => ("e", p.EntryId),
        MorePayload p => ("mo", string.Create(CultureInfo.InvariantCulture, $"{p.Part}:{p.Language}:{p.EntryId}")),
        FeedbackPayload p => (p.Helpful ? "fy" : "fn", p.EntryId),
        LanguagePayload p => ("l", p.Code),
        CommandPayload p => ("cmd", p.Command),
        SignUpPayload p => ("su", SignUpAction(p)),
        CalculatorPayload p => ("c", CalculatorAction(p)),
        ReminderPayload p => ("rm", ReminderAction(p)),
        _ => throw new ArgumentException($"No v1 form for {payload.GetType().Name}", nameof(payload)),
    };

    public static bool TryRead(string rest, [NotNullWhen(true)] out Payload? payload)
    {
        payload = null;
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var value = rest[(colon + 1)..];
        payload = rest[..colon] switch
        {
            "m" => new TopicPayload(value),
            "e" => new EntryPayload(value),
            "mo" => ReadMore(value),
            "fy" => new FeedbackPayload(value, Helpful: true),
            "fn" => new FeedbackPayload(value, Helpful: false),
            "l" => new LanguagePayload(value),
            "cmd" => new CommandPayload(value),
            "su" => TryReadSignUp(value, out var signUp) ? signUp : null,
            "c" => TryReadCalculator(value, out var calculator) ? calculator : null,
            "rm" => ReadReminder(value),
            _ => null,
        };
        return payload is not null;
    }

    /// <summary>A sign-up action as v1 writes it after "su:" ("r:3", "consent:yes", "edit:phone").</summary>
    public static bool TryReadSignUp(string action, [NotNullWhen(true)] out SignUpPayload? payload)
    {
        payload = action switch
        {
            "cancel" => new SignUpCancelPayload(),
            "confirm" => new SignUpConfirmPayload(),
            "edit" => new SignUpEditPayload(),
            "n:yes" => new SignUpNewsPayload(Wanted: true),
            "n:no" => new SignUpNewsPayload(Wanted: false),
            "consent:yes" => new SignUpConsentPayload(Agreed: true),
            "consent:no" => new SignUpConsentPayload(Agreed: false),
            _ when action.StartsWith("rk:", StringComparison.Ordinal) => IsRegencyCode(action[3..]) ? new SignUpRegencyPayload(action[3..]) : null,
            _ when action.StartsWith("r:", StringComparison.Ordinal) => TryIndex(action[2..], out var index) ? new SignUpRegionPayload(index) : null,
            _ when action.StartsWith("o:", StringComparison.Ordinal) => TryIndex(action[2..], out var index) ? new SignUpOccupationPayload(index) : null,
            _ when action.StartsWith("c:", StringComparison.Ordinal) => ContactOf(action[2..]) is { } method ? new SignUpContactPayload(method) : null,
            _ when action.StartsWith("edit:", StringComparison.Ordinal) => FieldOf(action[5..]) is { } field ? new SignUpEditPayload(field) : null,
            _ => null,
        };
        return payload is not null;
    }

    /// <summary>
    /// "Selengkapnya" as v1 writes it after "mo:" ("1:id:beasiswa": part, language, entry). Part 0, the entry's
    /// answer from its start under a computed figure, came later; every earlier button still reads the same.
    /// </summary>
    private static MorePayload? ReadMore(string value)
    {
        var parts = value.Split(':', 3);
        return parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var part) && part >= 0
            && parts[1] is "id" or "en" && parts[2].Length > 0
            ? new MorePayload(parts[2], part, parts[1])
            : null;
    }

    /// <summary>A calculator action as v1 writes it after "c:" ("cancel", "transport").</summary>
    public static bool TryReadCalculator(string action, [NotNullWhen(true)] out CalculatorPayload? payload)
    {
        payload = action switch
        {
            "cancel" => new CalculatorCancelPayload(),
            "transport" => new CalculatorSectorPayload(Sector.Transport),
            Other => new CalculatorSectorPayload(Sector.Other),
            "government" => new CalculatorSectorPayload(Sector.GovernmentPaid),
            _ => null,
        };
        return payload is not null;
    }

    /// <summary>A reminder action as v1 writes it after "rm:" ("paid", "s:transport").</summary>
    private static ReminderPayload? ReadReminder(string action) => action switch
    {
        "paid" => new ReminderPaidPayload(),
        "day" => new ReminderChangeDayPayload(),
        "stop" => new ReminderStopPayload(),
        "cancel" => new ReminderCancelPayload(),
        "ok" => new ReminderConsentPayload(Agreed: true),
        "no" => new ReminderConsentPayload(Agreed: false),
        "s:transport" => new ReminderSectorPayload(Sector.Transport),
        "s:" + Other => new ReminderSectorPayload(Sector.Other),
        _ => null,
    };

    private static string ReminderAction(ReminderPayload payload) => payload switch
    {
        ReminderPaidPayload => "paid",
        ReminderChangeDayPayload => "day",
        ReminderStopPayload => "stop",
        ReminderCancelPayload => "cancel",
        ReminderConsentPayload p => p.Agreed ? "ok" : "no",
        ReminderSectorPayload { Sector: Sector.Transport } => "s:transport",
        ReminderSectorPayload { Sector: Sector.Other } => "s:" + Other,
        _ => throw new ArgumentException($"No v1 form for {payload.GetType().Name}", nameof(payload)),
    };

    private static string SignUpAction(SignUpPayload payload) => payload switch
    {
        SignUpCancelPayload => "cancel",
        SignUpConfirmPayload => "confirm",
        SignUpEditPayload { Field: null } => "edit",
        SignUpEditPayload { Field: { } field } => "edit:" + FieldName(field),
        SignUpNewsPayload p => p.Wanted ? "n:yes" : "n:no",
        SignUpConsentPayload p => p.Agreed ? "consent:yes" : "consent:no",
        SignUpRegionPayload p => "r:" + IndexText(p.Index),
        SignUpRegencyPayload p => IsRegencyCode(p.Code) ? "rk:" + p.Code : throw new ArgumentException($"Not a regency code: {p.Code}", nameof(payload)),
        SignUpOccupationPayload p => "o:" + IndexText(p.Index),
        SignUpContactPayload p => "c:" + ContactName(p.Method),
        _ => throw new ArgumentException($"No v1 form for {payload.GetType().Name}", nameof(payload)),
    };

    private static string CalculatorAction(CalculatorPayload payload) => payload switch
    {
        CalculatorCancelPayload => "cancel",
        CalculatorSectorPayload { Sector: Sector.Transport } => "transport",
        CalculatorSectorPayload { Sector: Sector.GovernmentPaid } => "government",
        CalculatorSectorPayload => Other,
        _ => throw new ArgumentException($"No v1 form for {payload.GetType().Name}", nameof(payload)),
    };

    private static bool TryIndex(string text, out int? index)
    {
        index = null;
        if (text == Other)
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            index = number;
            return true;
        }

        return false;
    }

    /// <summary>A Kemendagri regency code as "32.16": two digits, a dot, two digits.</summary>
    private static bool IsRegencyCode(string code) =>
        code.Length == 5 && code[2] == '.' && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]);

    private static string IndexText(int? index) => index is { } i ? i.ToString(CultureInfo.InvariantCulture) : Other;

    private static ContactMethod? ContactOf(string name) => name switch
    {
        "telegram" => ContactMethod.Telegram,
        "whatsapp" => ContactMethod.WhatsApp,
        "phone" => ContactMethod.PhoneCall,
        "discord" => ContactMethod.Discord,
        _ => null,
    };

    private static string ContactName(ContactMethod method) => method switch
    {
        ContactMethod.WhatsApp => "whatsapp",
        ContactMethod.PhoneCall => "phone",
        ContactMethod.Discord => "discord",
        _ => "telegram",
    };

    private static SignUpStep? FieldOf(string name) => name switch
    {
        "name" => SignUpStep.Name,
        "phone" => SignUpStep.Phone,
        "region" => SignUpStep.Region,
        "occupation" => SignUpStep.Occupation,
        "contact" => SignUpStep.Contact,
        "news" => SignUpStep.News,
        _ => null,
    };

    private static string FieldName(SignUpStep field) => field switch
    {
        SignUpStep.Name => "name",
        SignUpStep.Phone => "phone",
        SignUpStep.Region => "region",
        SignUpStep.Occupation => "occupation",
        SignUpStep.Contact => "contact",
        SignUpStep.News => "news",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an editable field"),
    };
}
