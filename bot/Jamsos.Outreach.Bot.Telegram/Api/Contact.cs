namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>
/// A shared contact. It is the sender's own number only when <see cref="UserId"/> equals the sender's
/// id: the attachment menu also sends other people's cards.
/// </summary>
internal sealed class Contact
{
    public string PhoneNumber { get; init; } = string.Empty;

    public string FirstName { get; init; } = string.Empty;

    public string? LastName { get; init; }

    public long? UserId { get; init; }
}
