namespace Jamsos.Outreach.Bot.Channels.Discord;

/// <summary>
/// Interactions over HTTP (section "Discord:Interactions"), on when Discord:PublicKey is set: Discord
/// POSTs every slash command, click and modal submit to <see cref="Path"/> on <see cref="ListenUrls"/>
/// (the Developer Portal's Interactions Endpoint URL points there, usually through a TLS proxy).
/// </summary>
internal sealed class DiscordInteractionsOptions
{
    /// <summary>The route Discord posts to.</summary>
    public const string Path = "/discord/interactions";

    /// <summary>Where Kestrel listens (semicolon-separated). The same URLs as Telegram:Webhook:ListenUrls share that listener.</summary>
    public string ListenUrls { get; set; } = "http://0.0.0.0:8080";

    /// <summary>
    /// An answer not ready this long after the request arrived goes out as a deferred response (type 5)
    /// in the HTTP reply and follows as an edit of @original. Discord waits 3 s for the HTTP reply. 2.5 s until
    /// 2026-12-07: on a busy two-core CI machine that deferral reached the caller after 3.24 s, so it is now 2 s, as
    /// Discord:InteractionDeferAfter, leaving a second for a loaded machine's pauses.
    /// </summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A signed timestamp older (or newer) than this is a replay: 401. Discord does not document a window; 5 minutes is the usual choice.</summary>
    public TimeSpan MaxTimestampAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Larger bodies are refused with 413 before any verification (real interactions are a few KB).</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
