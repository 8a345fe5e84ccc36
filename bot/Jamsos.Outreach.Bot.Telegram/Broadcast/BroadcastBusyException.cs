namespace Jamsos.Outreach.Bot.Channels.Telegram.Broadcast;

/// <summary>Another instance or run holds the broadcast's lease: this run sent nothing.</summary>
public sealed class BroadcastBusyException : Exception
{
    public BroadcastBusyException()
    {
    }

    public BroadcastBusyException(string message)
        : base(message)
    {
    }

    public BroadcastBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static BroadcastBusyException For(string id, TimeSpan lease) => new(
        $"Broadcast {id} is already being sent by another instance or run, so this one sent nothing; run the same command again after that one ends (a run that died gives the broadcast up within {Math.Ceiling(lease.TotalSeconds)} s).");
}
