using System.Text;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>One small file per scope in the bot's data folder (Discord:StateFolder).</summary>
internal sealed class FileCommandHashStore : ICommandHashStore
{
    private readonly string folder;

    public FileCommandHashStore(string folder)
    {
        this.folder = folder;
    }

    public async Task<string?> GetAsync(string scope, CancellationToken cancellationToken)
    {
        var path = PathOf(scope);
        return File.Exists(path) ? (await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Trim() : null;
    }

    public async Task SetAsync(string scope, string hash, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = PathOf(scope);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, hash + "\n", Encoding.ASCII, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    private string PathOf(string scope) =>
        Path.Combine(folder, "discord-commands-" + new string(scope.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()) + ".sha256");
}
