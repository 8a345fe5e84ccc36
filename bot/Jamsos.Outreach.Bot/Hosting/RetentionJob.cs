using Jamsos.Outreach.Bot.Core;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>
/// Deletes what is kept only for a while, once at start and then daily: questions kept for the editors
/// older than Bot:UnansweredRetention (UU PDP: no longer than needed), processed update ids older than
/// Bot:ProcessedUpdateRetention (the one pruner of them, for every channel), and the state of chats silent
/// for longer than Bot:ConversationRetention (an abandoned sign-up draft would otherwise stay forever).
/// Storage trouble is logged and tried again the next day; it never stops the bot.
/// Each instance on a shared PostgreSQL runs it too: the deletes are idempotent, so that costs only a query.
/// </summary>
internal sealed partial class RetentionJob : BackgroundService
{
    /// <summary>Time between two runs.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    private readonly IUnansweredStore unanswered;
    private readonly IProcessedUpdateStore processed;
    private readonly IConversationStore conversations;
    private readonly BotOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger<RetentionJob> logger;

    public RetentionJob(
        IUnansweredStore unanswered, IProcessedUpdateStore processed, IConversationStore conversations, BotOptions options, TimeProvider clock, ILogger<RetentionJob> logger)
    {
        this.unanswered = unanswered;
        this.processed = processed;
        this.conversations = conversations;
        this.options = options;
        this.clock = clock;
        this.logger = logger;
    }

    /// <summary>One run: prunes the three tables by the clock's now, each on its own (one failing does not keep the others); failures are logged, not thrown.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var questions = await PruneAsync(ct => unanswered.PruneAsync(now - options.UnansweredRetention, ct), "unanswered questions", cancellationToken).ConfigureAwait(false);
        var updates = await PruneAsync(ct => processed.PruneAsync(now - options.ProcessedUpdateRetention, ct), "processed update ids", cancellationToken).ConfigureAwait(false);
        var chats = await PruneAsync(ct => conversations.PruneAsync(now - options.ConversationRetention, ct), "chat states", cancellationToken).ConfigureAwait(false);
        LogPruned(logger, questions, updates, chats);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the next start runs it again.
        }
    }

    private async Task<int> PruneAsync(Func<CancellationToken, Task<int>> prune, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await prune(cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex)
        {
            LogFailed(logger, what, ex.Message);
            return 0;
        }
    }

    // Counts only: what was deleted is personal data, how much is not.
    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Questions} old unanswered question(s), {Updates} old update id(s) and {Chats} silent chat state(s)")]
    private static partial void LogPruned(ILogger logger, int questions, int updates, int chats);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention: deleting old {What} failed; trying again tomorrow: {Reason}")]
    private static partial void LogFailed(ILogger logger, string what, string reason);
}
