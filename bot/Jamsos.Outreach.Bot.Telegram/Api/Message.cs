namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>
/// A message, or an InaccessibleMessage (only chat, message_id and <see cref="Date"/> = 0) when it
/// arrives inside a callback query for a deleted or very old message: test <see cref="IsAccessible"/>
/// before reading anything else.
/// </summary>
internal sealed class Message
{
    public long MessageId { get; init; }

    public User? From { get; init; }

    public Chat Chat { get; init; } = new();

    public long Date { get; init; }

    public long? EditDate { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<MessageEntity>? Entities { get; init; }

    public string? Caption { get; init; }

    public Contact? Contact { get; init; }

    public Message? ReplyToMessage { get; init; }

    /// <summary>A basic group became a supergroup with this id (service message in the old group).</summary>
    public long? MigrateToChatId { get; init; }

    public long? MigrateFromChatId { get; init; }

    public ReplyMarkup? ReplyMarkup { get; init; }

    public bool IsAccessible => Date != 0;
}
