using Jamsos.Outreach.Bot.Channels.Discord.Wire;

namespace Jamsos.Outreach.Bot.Channels.Discord.Gateway;

/// <summary>
/// What outlives one WebSocket: the last sequence number, and from READY the session id and
/// resume_gateway_url (Resume needs all three) and the bot's own user and application ids.
/// Written by the receive loop, read by the heartbeat loop and the handlers.
/// </summary>
internal sealed class GatewaySession
{
    private readonly Lock gate = new();
    private long sequence = -1;
    private string? sessionId;
    private string? resumeGatewayUrl;
    private string? botUserId;
    private string? applicationId;

    /// <summary>The last non-null "s" received, or null before any dispatch of this session.</summary>
    public long? Sequence
    {
        get
        {
            var s = Interlocked.Read(ref sequence);
            return s < 0 ? null : s;
        }
    }

    public string? SessionId
    {
        get
        {
            lock (gate)
            {
                return sessionId;
            }
        }
    }

    public string? ResumeGatewayUrl
    {
        get
        {
            lock (gate)
            {
                return resumeGatewayUrl;
            }
        }
    }

    public string? BotUserId
    {
        get
        {
            lock (gate)
            {
                return botUserId;
            }
        }
    }

    public string? ApplicationId
    {
        get
        {
            lock (gate)
            {
                return applicationId;
            }
        }
    }

    public bool CanResume
    {
        get
        {
            lock (gate)
            {
                return sessionId is not null && resumeGatewayUrl is not null && Interlocked.Read(ref sequence) >= 0;
            }
        }
    }

    public void ObserveSequence(long s) => Interlocked.Exchange(ref sequence, s);

    public void Start(ReadyData ready)
    {
        ArgumentNullException.ThrowIfNull(ready);
        lock (gate)
        {
            sessionId = ready.SessionId;
            resumeGatewayUrl = ready.ResumeGatewayUrl;
            botUserId = ready.User?.Id ?? botUserId;
            applicationId = ready.Application?.Id ?? applicationId;
        }
    }

    /// <summary>The session is gone (op 9 false, 4007, 4009 …): the next connection identifies afresh. The bot's ids stay.</summary>
    public void Reset()
    {
        lock (gate)
        {
            sessionId = null;
            resumeGatewayUrl = null;
            Interlocked.Exchange(ref sequence, -1);
        }
    }
}
