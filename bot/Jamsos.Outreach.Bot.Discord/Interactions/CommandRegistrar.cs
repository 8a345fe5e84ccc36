using System.Security.Cryptography;
using System.Text.Json;
using Jamsos.Outreach.Bot.Channels.Discord.Rest;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// Registers <see cref="DiscordCommands.All"/> by bulk overwrite: on Discord:GuildId when set (instant,
/// for testing), globally otherwise (production). Skipped when the definitions' hash for that scope is the
/// one registered last time.
/// </summary>
internal sealed partial class CommandRegistrar
{
    private readonly DiscordRestClient rest;
    private readonly ICommandHashStore hashes;
    private readonly DiscordOptions options;
    private readonly ILogger logger;

    public CommandRegistrar(DiscordRestClient rest, ICommandHashStore hashes, DiscordOptions options, ILogger<CommandRegistrar> logger)
    {
        this.rest = rest;
        this.hashes = hashes;
        this.options = options;
        this.logger = logger;
    }

    public static string Hash(IReadOnlyList<ApplicationCommand> commands) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListApplicationCommand)));

    /// <summary>True when a PUT was sent.</summary>
    public async Task<bool> RegisterAsync(CancellationToken cancellationToken)
    {
        if (!options.RegisterCommands)
        {
            return false;
        }

        var commands = DiscordCommands.All;
        var scope = options.ApplicationId + (options.IsGuildScoped ? "-guild-" + options.GuildId : "-global");
        var hash = Hash(commands);
        if (await hashes.GetAsync(scope, cancellationToken).ConfigureAwait(false) == hash)
        {
            LogUnchanged(logger, scope);
            return false;
        }

        var registered = await rest.BulkOverwriteCommandsAsync(options.ApplicationId, options.IsGuildScoped ? options.GuildId : null, commands, cancellationToken).ConfigureAwait(false);
        await hashes.SetAsync(scope, hash, cancellationToken).ConfigureAwait(false);
        LogRegistered(logger, registered.Count, options.IsGuildScoped ? "guild " + options.GuildId : "global");
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord commands unchanged for {Scope}; not registered again")]
    private static partial void LogUnchanged(ILogger logger, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord commands registered: {Count} ({Scope})")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);
}
