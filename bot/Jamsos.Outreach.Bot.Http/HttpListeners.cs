using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Http;

/// <summary>
/// The process's Kestrel listeners as one hosted service: the registered <see cref="IHttpEndpoints"/> are
/// grouped by their listen URLs, and each group gets one small WebApplication (minimal APIs, the bot's own
/// logging, no request logging: the Discord interaction tokens and Telegram paths never reach a log).
/// Two channels on the same URLs share a listener; URL sets that overlap without being equal are refused
/// at start in one sentence (two listeners cannot bind one port).
/// </summary>
public sealed partial class HttpListeners : IHostedService, IAsyncDisposable
{
    /// <summary>Kestrel's body cap for every route; routes that need less (Discord: 64 KB) read with their own bound.</summary>
    public const long MaxRequestBodySize = 1024 * 1024;

    private readonly IReadOnlyList<IHttpEndpoints> endpoints;
    private readonly ILoggerFactory loggers;
    private readonly ILogger logger;
    private readonly Dictionary<IHttpEndpoints, IReadOnlyList<string>> addresses = [];
    private readonly List<WebApplication> apps = [];
    private readonly TaskCompletionSource started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HttpListeners(IEnumerable<IHttpEndpoints> endpoints, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        this.endpoints = [.. endpoints];
        this.loggers = loggers;
        logger = loggers.CreateLogger<HttpListeners>();
    }

    /// <summary>Completes once every listener accepts connections (Telegram's setWebhook waits for it).</summary>
    public Task Started => started.Task;

    /// <summary>The addresses the listener of <paramref name="owner"/> is bound to (port 0 in tests becomes a real port).</summary>
    public IReadOnlyList<string> AddressesOf(IHttpEndpoints owner) =>
        addresses.TryGetValue(owner, out var bound) ? bound : [];

    /// <summary>One normalised key per URL set: trimmed, without a trailing slash, ordered, case-insensitive.</summary>
    public static IReadOnlyList<string> Normalise(string listenUrls) =>
        [.. (listenUrls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => u.TrimEnd('/').ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var groups = endpoints.GroupBy(e => string.Join(';', Normalise(e.ListenUrls)), StringComparer.Ordinal).ToList();
        CheckDisjoint(groups);
        foreach (var group in groups)
        {
            var app = Build(group.Key.Split(';'));
            foreach (var owner in group)
            {
                owner.Map(app);
            }

            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            apps.Add(app);
            var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
            var listening = string.Join(", ", bound);
            foreach (var owner in group)
            {
                addresses[owner] = bound;
                LogListening(logger, owner.Name, listening);
            }
        }

        started.TrySetResult();
    }

    /// <summary>Stops every listener; safe to call more than once (a channel may stop it early to refuse new work first).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var app in apps.ToList())
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            apps.Remove(app);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private static void CheckDisjoint(List<IGrouping<string, IHttpEndpoints>> groups)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                var shared = groups[i].Key.Split(';').Intersect(groups[j].Key.Split(';'), StringComparer.Ordinal).FirstOrDefault();
                if (shared is not null)
                {
                    throw new InvalidOperationException(
                        $"{groups[i].First().Name} and {groups[j].First().Name} both listen on {shared} but their listen URLs differ: give them exactly the same URLs to share one listener, or different ports.");
                }
            }
        }
    }

    private WebApplication Build(string[] urls)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxRequestBodySize);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        return builder.Build();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Name} listening on {Addresses}")]
    private static partial void LogListening(ILogger logger, string name, string addresses);
}
