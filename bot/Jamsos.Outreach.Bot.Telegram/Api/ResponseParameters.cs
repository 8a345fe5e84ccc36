namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>Why a call failed and what to do: wait <see cref="RetryAfter"/> seconds, or use the new chat id.</summary>
internal sealed class ResponseParameters
{
    public int? RetryAfter { get; init; }

    public long? MigrateToChatId { get; init; }
}
