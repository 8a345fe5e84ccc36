namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// The bot's own folder for local state (the SQLite file, Discord's command hashes): one rule, here, so
/// every adapter that keeps a file puts it in the same place.
/// </summary>
public static class LocalDataFolder
{
    /// <summary>$XDG_DATA_HOME/jamsos-outreach, or the platform's local data folder (~/.local/share on Linux).</summary>
    public static string Default() =>
        From(
            Environment.GetEnvironmentVariable("XDG_DATA_HOME"),
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify));

    /// <summary>
    /// The XDG base directory spec ignores a relative XDG_DATA_HOME, so only an absolute one wins;
    /// otherwise the platform folder is used (on Linux .NET already maps it to ~/.local/share).
    /// </summary>
    public static string From(string? xdgDataHome, string localApplicationData)
    {
        var root = !string.IsNullOrWhiteSpace(xdgDataHome) && Path.IsPathFullyQualified(xdgDataHome)
            ? xdgDataHome
            : localApplicationData;
        return Path.Combine(root, "jamsos-outreach");
    }
}
