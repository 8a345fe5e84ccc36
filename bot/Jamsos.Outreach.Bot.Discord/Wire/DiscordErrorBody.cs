using System.Text.Json;

namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>An error or 429 body: JSON code and message, nested per-field errors, and retry_after (seconds) for 429.</summary>
internal sealed record DiscordErrorBody
{
    public int? Code { get; init; }

    public string? Message { get; init; }

    public JsonElement? Errors { get; init; }

    public double? RetryAfter { get; init; }

    public bool? Global { get; init; }
}
