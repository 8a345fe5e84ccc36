namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>A Telegram user or bot. Ids need 64 bits (up to 52 significant bits).</summary>
internal sealed class User
{
    public long Id { get; init; }

    public bool IsBot { get; init; }

    public string FirstName { get; init; } = string.Empty;

    public string? LastName { get; init; }

    public string? Username { get; init; }

    public string? LanguageCode { get; init; }

    /// <summary>getMe only: true when privacy mode is off and the bot sees every group message.</summary>
    public bool? CanReadAllGroupMessages { get; init; }
}
