using Jamsos.Outreach.Bot.Channels.Telegram.Client;
using Jamsos.Outreach.Bot.Core.Pacing;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Sending;

/// <summary>
/// Retries calls that are safe to repeat (getMe, setWebhook, deleteWebhook, setMyCommands,
/// getWebhookInfo): 429 waits retry_after, 5xx and every transport failure back off with jitter. Other
/// refusals (401, 400) are thrown at once: repeating them cannot help.
/// </summary>
internal static class IdempotentRetry
{
    public static async Task<T> RunAsync<T>(
        Func<CancellationToken, Task<T>> call, int maxAttempts, TelegramOptions options, TimeProvider clock, Random random, Action<int, TimeSpan, Exception>? onRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(options);
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan delay;
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (TelegramApiException ex) when (ex.IsTooManyRequests && attempt < maxAttempts)
            {
                delay = ex.RetryAfter ?? options.RetryBaseDelay;
                onRetry?.Invoke(attempt, delay, ex);
            }
            catch (Exception ex) when (attempt < maxAttempts && (ex is TelegramTransportException || ex is TelegramApiException { IsServerError: true }))
            {
                delay = Backoff.Delay(attempt - 1, options.RetryBaseDelay, options.RetryMaxDelay, random.NextDouble);
                onRetry?.Invoke(attempt, delay, ex);
            }

            await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
        }
    }
}
