namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>
/// reply_markup on the wire: an InlineKeyboardMarkup, a ReplyKeyboardMarkup, a ReplyKeyboardRemove or a
/// ForceReply. One class with every field nullable instead of four classes behind a polymorphic
/// property: null fields are left out of the JSON, so each factory below writes exactly one of the four
/// shapes, and the source-generated serializer needs no polymorphism metadata.
/// </summary>
internal sealed class ReplyMarkup
{
    public IReadOnlyList<IReadOnlyList<InlineKeyboardButton>>? InlineKeyboard { get; init; }

    public IReadOnlyList<IReadOnlyList<KeyboardButton>>? Keyboard { get; init; }

    public bool? IsPersistent { get; init; }

    public bool? ResizeKeyboard { get; init; }

    public bool? OneTimeKeyboard { get; init; }

    public string? InputFieldPlaceholder { get; init; }

    public bool? RemoveKeyboard { get; init; }

    public bool? ForceReply { get; init; }

    public bool? Selective { get; init; }

    public static ReplyMarkup Inline(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> rows) => new() { InlineKeyboard = rows };

    public static ReplyMarkup Reply(IReadOnlyList<IReadOnlyList<KeyboardButton>> rows, string? placeholder = null) =>
        new() { Keyboard = rows, ResizeKeyboard = true, OneTimeKeyboard = true, InputFieldPlaceholder = placeholder };

    public static ReplyMarkup Remove() => new() { RemoveKeyboard = true };
}
