namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>
/// A special part of a message's text. <see cref="Offset"/> and <see cref="Length"/> count UTF-16 code
/// units, which is how .NET strings are indexed, so <c>text.Substring(Offset, Length)</c> is correct.
/// </summary>
internal sealed class MessageEntity
{
    /// <summary>"bot_command", "mention", "text_mention", "url", …</summary>
    public string Type { get; init; } = string.Empty;

    public int Offset { get; init; }

    public int Length { get; init; }

    public string? Url { get; init; }

    /// <summary>For "text_mention": the user mentioned (a user without a username).</summary>
    public User? User { get; init; }

    /// <summary>The entity's text, or null when the offsets do not fit the text (never trusted blindly).</summary>
    public string? Slice(string? text) =>
        text is not null && Offset >= 0 && Length > 0 && Offset <= text.Length - Length ? text.Substring(Offset, Length) : null;
}
