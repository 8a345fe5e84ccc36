namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// Finds files of the sibling <c>shared/</c> folder (../shared from the repository), by walking up from
/// the test binaries and the working directory. JAMSOS_SHARED may name the folder instead, for a
/// checkout that does not sit next to it (a copy in /tmp, a CI agent).
/// </summary>
public static class SharedFolder
{
    public const string EnvironmentVariable = "JAMSOS_SHARED";

    /// <summary>The full path of <paramref name="relativePath"/> under shared/, or null with every place looked at.</summary>
    public static string? Find(string relativePath, out IReadOnlyList<string> searched)
    {
        var candidates = new List<string>();
        var explicitFolder = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitFolder))
        {
            candidates.Add(Path.Combine(explicitFolder, relativePath));
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                candidates.Add(Path.Combine(dir.FullName, "shared", relativePath));
            }
        }

        searched = candidates;
        return candidates.FirstOrDefault(File.Exists);
    }
}
