using Jamsos.Outreach.Bot.Staff;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// A staff verb's <c>--output FILE [--force]</c> for files that hold personal or agent data (a flyer, the
/// HTML report): an existing file is kept unless --force (exit 2, checked before any work), the file is
/// written owner-only through <see cref="PrivateFile"/>, and an I/O error is one sentence with exit 1.
/// </summary>
internal static class OwnerOnlyOutput
{
    /// <summary>True (after saying so) when <paramref name="path"/> exists and may not be replaced.</summary>
    public static async Task<bool> RefusedAsync(CliContext context, string path, bool force)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!File.Exists(path) || force)
        {
            return false;
        }

        await context.Error.WriteLineAsync($"{path} already exists; nothing was written. Add --force to replace it.").ConfigureAwait(false);
        return true;
    }

    /// <summary>Writes the file; the exit code: <see cref="CliContext.ExitOk"/>, or <see cref="CliContext.ExitFailed"/> after one sentence.</summary>
    public static async Task<int> WriteAsync(CliContext context, string path, byte[] bytes, string what, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await PrivateFile.WriteAsync(path, bytes, stop).ConfigureAwait(false);
            return CliContext.ExitOk;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"Could not write the {what} to {path}: {ex.Message.TrimEnd('.')}.").ConfigureAwait(false);
            return CliContext.ExitFailed;
        }
    }
}
