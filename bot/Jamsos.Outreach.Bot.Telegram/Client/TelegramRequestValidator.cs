using System.Text;
using Jamsos.Outreach.Bot.Channels.Telegram.Formatting;
using Telegram.Bot.Requests;
using Telegram.Bot.Requests.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// Client-side checks of the limits Telegram would refuse with a 400, so a bug fails loudly here
/// (ArgumentException) instead of as a lost message: text 1–4096 after parsing, callback data 1–64
/// UTF-8 bytes, exactly one action per inline button, valid command names.
/// </summary>
internal static class TelegramRequestValidator
{
    public const int MaxMessageLength = 4096;
    public const int MaxCallbackDataBytes = 64;
    public const int MaxCallbackAnswerLength = 200;
    public const int MaxCommands = 100;

    /// <summary>Checks the requests we send; others pass unchecked.</summary>
    public static void Validate<TResponse>(IRequest<TResponse> request)
    {
        switch (request)
        {
            case SendMessageRequest send:
                ValidateText(send.Text, send.ParseMode);
                ValidateMarkup(send.ReplyMarkup);
                break;
            case EditMessageTextRequest edit:
                ValidateText(edit.Text ?? string.Empty, edit.ParseMode);
                ValidateMarkup(edit.ReplyMarkup);
                break;
            case AnswerCallbackQueryRequest answer when answer.Text is { Length: > MaxCallbackAnswerLength }:
                throw new ArgumentException($"answerCallbackQuery text is at most {MaxCallbackAnswerLength} characters.", nameof(request));
            case SetMyCommandsRequest commands:
                ValidateCommands(commands.Commands, commands.LanguageCode);
                break;
        }
    }

    public static void ValidateText(string text, ParseMode parseMode)
    {
        ArgumentNullException.ThrowIfNull(text);
        var visible = parseMode == ParseMode.Html ? TelegramHtml.VisibleLength(text) : text.Length;
        if (string.IsNullOrWhiteSpace(text) || visible == 0)
        {
            throw new ArgumentException("Telegram refuses an empty message text.", nameof(text));
        }

        if (visible > MaxMessageLength)
        {
            throw new ArgumentException($"Message text of {visible} characters is over Telegram's {MaxMessageLength}; split it first.", nameof(text));
        }
    }

    public static void ValidateMarkup(ReplyMarkup? markup)
    {
        if (markup is InlineKeyboardMarkup inline)
        {
            foreach (var button in inline.InlineKeyboard.SelectMany(r => r))
            {
                ValidateButton(button);
            }
        }

        if (markup is ReplyKeyboardMarkup reply && reply.Keyboard.SelectMany(r => r).Any(k => string.IsNullOrEmpty(k.Text)))
        {
            throw new ArgumentException("Every reply-keyboard button needs a text.", nameof(markup));
        }
    }

    public static void ValidateButton(InlineKeyboardButton button)
    {
        ArgumentNullException.ThrowIfNull(button);
        if (string.IsNullOrEmpty(button.Text))
        {
            throw new ArgumentException("Every inline button needs a text.", nameof(button));
        }

        if (Actions(button) != 1)
        {
            throw new ArgumentException("An inline button needs exactly one action (callback_data or url).", nameof(button));
        }

        if (button.CallbackData is { } data && !IsValidCallbackData(data))
        {
            throw new ArgumentException($"callback_data must be 1–{MaxCallbackDataBytes} bytes of UTF-8.", nameof(button));
        }
    }

    /// <summary>Bytes, not characters: 33 Cyrillic letters are 66 bytes and too long.</summary>
    public static bool IsValidCallbackData(string data) =>
        data.Length > 0 && Encoding.UTF8.GetByteCount(data) <= MaxCallbackDataBytes;

    public static void ValidateCommands(IEnumerable<BotCommand> commands, string? languageCode)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var list = commands.ToList();
        if (list.Count is 0 or > MaxCommands)
        {
            throw new ArgumentException($"setMyCommands takes 1–{MaxCommands} commands.", nameof(commands));
        }

        foreach (var command in list)
        {
            if (!IsValidCommandName(command.Command))
            {
                throw new ArgumentException($"Command '{command.Command}' must be 1–32 lowercase letters, digits or _, without the /.", nameof(commands));
            }

            if (command.Description is null || command.Description.Length is 0 or > 256)
            {
                throw new ArgumentException($"The description of /{command.Command} must be 1–256 characters.", nameof(commands));
            }
        }

        if (languageCode is not null && (languageCode.Length != 2 || !languageCode.All(char.IsAsciiLetterLower)))
        {
            throw new ArgumentException("language_code must be a two-letter ISO 639-1 code.", nameof(languageCode));
        }
    }

    public static bool IsValidCommandName(string? name) =>
        name is { Length: >= 1 and <= 32 } && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    /// <summary>The action fields set on a button (the Bot API wants exactly one).</summary>
    private static int Actions(InlineKeyboardButton button) =>
        new object?[]
        {
            button.CallbackData, button.Url, button.WebApp, button.LoginUrl, button.SwitchInlineQuery, button.SwitchInlineQueryCurrentChat,
            button.SwitchInlineQueryChosenChat, button.CopyText, button.CallbackGame,
        }.Count(a => a is not null) + (button.Pay ? 1 : 0);
}
