using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;

namespace Jamsos.Outreach.Tests.Bot.Reminders;

/// <summary>A channel for reminder tests: records every send with the clock's time; its answer is scripted per chat.</summary>
internal sealed class RecordingReminderSender : IReminderSender
{
    private readonly TimeProvider clock;

    public RecordingReminderSender(string channel, TimeProvider clock)
    {
        Channel = channel;
        this.clock = clock;
    }

    public string Channel { get; }

    public List<(string ChatId, Reply Reply, DateTimeOffset At)> Sent { get; } = [];

    /// <summary>Called before the send is recorded (checks what the store says at that moment); may throw.</summary>
    public Func<string, Task>? Before { get; set; }

    public ReminderDelivery Outcome { get; set; } = ReminderDelivery.Sent;

    public async Task<ReminderDelivery> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        if (Before is not null)
        {
            await Before(chatId);
        }

        lock (Sent)
        {
            Sent.Add((chatId, reply, clock.GetUtcNow()));
        }

        return Outcome;
    }
}
