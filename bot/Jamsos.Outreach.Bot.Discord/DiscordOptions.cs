using System.ComponentModel.DataAnnotations;

namespace Jamsos.Outreach.Bot.Channels.Discord;

/// <summary>
/// The "Discord" configuration section (<c>Discord__Token</c>, <c>Discord__ApplicationId</c> … in the
/// environment). <see cref="ApiBaseUrl"/> is the only address configured: the gateway URL always comes
/// from <c>GET /gateway/bot</c>, so one setting points the whole client at a loopback fake.
/// </summary>
internal sealed class DiscordOptions
{
    public const string Section = "Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>
    /// The bot token from the Developer Portal (Bot page). Never logged. Optional when
    /// <see cref="PublicKey"/> is set: interactions over HTTP are answered in the HTTP reply, and edits and
    /// follow-ups go to the interaction webhook, which the interaction's own token authorises. Without a
    /// token there is no gateway (no mentions or DMs) and no command registration.
    /// </summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>The application's public key (General Information page), 64 hex characters: turns on interactions over HTTP.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Interactions over HTTP: where they are received and how they are answered.</summary>
    public DiscordInteractionsOptions Interactions { get; set; } = new();

    /// <summary>The application id (General Information page); the interaction webhooks and commands use it.</summary>
    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>When set, commands are registered on this guild only (instant updates, for testing).</summary>
    public string? GuildId { get; set; }

    /// <summary>REST base URL including the API version.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>This process's shard (0-based) of <see cref="ShardCount"/>; guilds go to shard (guild_id &gt;&gt; 22) % count, DMs to shard 0.</summary>
    [Range(0, 10_000)]
    public int ShardId { get; set; }

    [Range(1, 10_000)]
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// Ask for the privileged MESSAGE_CONTENT intent (switch it on in the Developer Portal first, or the
    /// gateway closes with 4014). Without it, mentions of the bot and DMs still carry their text.
    /// </summary>
    public bool MessageContentIntent { get; set; }

    /// <summary>An optional allow-list of guild channels where the bot answers messages that mention it or reply to it. Empty: every channel it can read.</summary>
    public IList<string> AnswerChannelIds { get; } = [];

    /// <summary>Register the slash commands at start (skipped when their definition has not changed).</summary>
    public bool RegisterCommands { get; set; } = true;

    /// <summary>Where the hash of the last registered command set is kept; empty: the bot's data folder.</summary>
    public string? StateFolder { get; set; }

    /// <summary>
    /// An interaction whose answer is not ready this long after its frame arrived is deferred (type 5),
    /// then edited. Discord's hard limit is 3 s from the interaction's creation; gateway delivery and the
    /// callback's own round trip come out of it, so the default leaves a second for them.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:02.900")]
    public TimeSpan InteractionDeferAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>One REST attempt; a timed-out create-message is retried with the same nonce.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:02:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First reconnect delay; doubles per failed attempt up to <see cref="ReconnectMaxDelay"/>, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The URL in the User-Agent Discord requires ("DiscordBot (url, version)").</summary>
    public string UserAgentUrl { get; set; } = "https://github.com/jamsos-outreach";

    /// <summary>The intents bitmask sent in Identify.</summary>
    public int Intents => GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages
        | (MessageContentIntent ? GatewayIntentBits.MessageContent : 0);

    public bool IsGuildScoped => !string.IsNullOrWhiteSpace(GuildId);

    /// <summary>True when a bot token is set: the gateway runs and commands are registered.</summary>
    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    /// <summary>True when <see cref="PublicKey"/> is set: POST /discord/interactions is served.</summary>
    public bool HasHttpInteractions => !string.IsNullOrWhiteSpace(PublicKey);
}
