using System.Security.Cryptography;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>
/// Gives <see cref="SaltedPersonHasher"/> its salt at start, before any channel starts (it is registered
/// before them, and hosted services start in order): Privacy:Salt when configured, otherwise the salt kept
/// in the database, made from 32 random bytes by the first instance that starts.
/// </summary>
internal sealed partial class PersonHashSaltProvisioner : IHostedService
{
    /// <summary>The size of a generated salt: the HMAC-SHA256 block-size guidance asks for at least 32 bytes.</summary>
    public const int GeneratedSaltBytes = 32;

    private readonly IOptions<PrivacyOptions> options;
    private readonly IPersonHashSaltStore store;
    private readonly SaltedPersonHasher hasher;
    private readonly ILogger<PersonHashSaltProvisioner> logger;

    public PersonHashSaltProvisioner(IOptions<PrivacyOptions> options, IPersonHashSaltStore store, SaltedPersonHasher hasher, ILogger<PersonHashSaltProvisioner> logger)
    {
        this.options = options;
        this.store = store;
        this.hasher = hasher;
        this.logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (hasher.HasSalt)
        {
            return;
        }

        if (options.Value.SaltBytes() is { } configured)
        {
            hasher.Use(configured);
            LogSaltSource(logger, "Privacy:Salt");
            return;
        }

        var stored = await store.GetOrCreateAsync(RandomNumberGenerator.GetBytes(GeneratedSaltBytes), cancellationToken).ConfigureAwait(false);
        hasher.Use(stored);
        LogSaltSource(logger, "the database");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Where the salt came from, never the salt.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Person-hash salt taken from {Source}")]
    private static partial void LogSaltSource(ILogger logger, string source);
}
