namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>The brief's table of gateway close codes: resume, start a new session, or stop.</summary>
internal static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int NotAuthenticated = 4003;
    public const int AuthenticationFailed = 4004;
    public const int InvalidSeq = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    public static ReconnectAction ActionFor(ConnectionOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Kind switch
        {
            ConnectionOutcomeKind.InvalidSession => outcome.Resumable ? ReconnectAction.Resume : ReconnectAction.NewSession,
            ConnectionOutcomeKind.Closed => ActionFor(outcome.CloseCode ?? 0),
            _ => ReconnectAction.Resume,
        };
    }

    public static ReconnectAction ActionFor(int closeCode) => closeCode switch
    {
        AuthenticationFailed or InvalidShard or ShardingRequired or InvalidApiVersion or InvalidIntents or DisallowedIntents => ReconnectAction.Stop,
        NotAuthenticated or InvalidSeq or SessionTimedOut => ReconnectAction.NewSession,

        // 4000-4002, 4005, 4008, and network-level codes (1006 …): the session may still be alive.
        _ => ReconnectAction.Resume,
    };

    /// <summary>What the operator must fix, for the close codes that stop the bot.</summary>
    public static string FatalExplanation(int closeCode) => closeCode switch
    {
        AuthenticationFailed => "authentication failed (4004): Discord:Token is wrong or was reset. Copy the token from the Developer Portal (Bot page) and restart.",
        InvalidShard => "invalid shard (4010): Discord:ShardId must be below Discord:ShardCount.",
        ShardingRequired => "sharding required (4011): the bot is in too many guilds for one shard. Set Discord:ShardCount to the 'shards' value of GET /gateway/bot and run one process per shard.",
        InvalidApiVersion => "invalid API version (4012): this client speaks gateway v10.",
        InvalidIntents => "invalid intents (4013): the intents bitmask is wrong.",
        DisallowedIntents => "disallowed intents (4014): MESSAGE_CONTENT is requested but not enabled. Enable 'Message Content Intent' in the Developer Portal (Bot → Privileged Gateway Intents) or set Discord:MessageContentIntent to false.",
        _ => $"gateway closed with {closeCode}.",
    };
}
