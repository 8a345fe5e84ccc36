namespace Jamsos.Outreach.Bot.Channels.Discord.Rest;

/// <summary>The JSON error codes this bot acts on.</summary>
internal static class DiscordErrorCodes
{
    /// <summary>Usually the 3-second deadline was missed: the interaction token is dead.</summary>
    public const int UnknownInteraction = 10062;

    /// <summary>A second initial response to the same interaction.</summary>
    public const int AlreadyAcknowledged = 40060;

    public const int MissingAccess = 50001;
    public const int MissingPermissions = 50013;
    public const int InvalidFormBody = 50035;
}
