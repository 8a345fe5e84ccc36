namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Finds the content folder: an explicit path wins; otherwise the nearest <c>content/</c> (holding
/// data/ and faq/) walking up from the working directory, then from the program's own folder.
/// </summary>
public static class ContentLocator
{
    public static string Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (Directory.Exists(Path.Combine(candidate, "data")) && Directory.Exists(Path.Combine(candidate, "faq")))
                {
                    return candidate;
                }
            }
        }

        throw new ContentException("No content folder found. Run from the repository, or pass --content <folder>.");
    }
}
