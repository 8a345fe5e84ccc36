using Jamsos.Outreach.Bot.Channels.Telegram.Inbound;
using Telegram.Bot.Types;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Processing;

/// <summary>
/// Runs one getUpdates batch: sorted by update_id, grouped by chat, chats in parallel (up to
/// <c>concurrency</c>) and each chat's updates strictly one after another, so a person's messages are
/// answered in order while a slow chat does not hold up the others. A failing update is logged and the
/// batch goes on: one bad message never stops the bot.
/// </summary>
internal sealed partial class UpdateBatchRunner
{
    private readonly TelegramUpdateProcessor processor;
    private readonly ILogger<UpdateBatchRunner> logger;

    public UpdateBatchRunner(TelegramUpdateProcessor processor, ILogger<UpdateBatchRunner> logger)
    {
        this.processor = processor;
        this.logger = logger;
    }

    public async Task RunAsync(IReadOnlyList<Update> updates, int concurrency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var byChat = updates
            .OrderBy(u => u.Id)
            .GroupBy(u => u.ChatId ?? long.MinValue + u.Id)
            .Select(g => g.ToList())
            .ToList();
        if (byChat.Count == 1)
        {
            await RunChatAsync(byChat[0], cancellationToken).ConfigureAwait(false);
            return;
        }

        await Parallel.ForEachAsync(
            byChat,
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (chat, ct) => await RunChatAsync(chat, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    /// <summary>Handles one update, logging (not throwing) its failure; cancellation still ends the batch.</summary>
    public async Task RunOneAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        try
        {
            await processor.ProcessAsync(update, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The loop must survive any handler failure (a storage outage, an engine bug): it is logged with the update id.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogHandlerFailed(logger, ex, update.Id);
        }
    }

    private async Task RunChatAsync(List<Update> chat, CancellationToken cancellationToken)
    {
        foreach (var update in chat)
        {
            await RunOneAsync(update, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling Telegram update {UpdateId} failed; carrying on with the next")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, long updateId);
}
