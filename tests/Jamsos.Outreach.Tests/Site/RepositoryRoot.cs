namespace Jamsos.Outreach.Tests.Site;

/// <summary>The checkout's root (the folder holding Jamsos.Outreach.sln), found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string NodeModules => System.IO.Path.Combine(Path, "node_modules");

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Jamsos.Outreach.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Jamsos.Outreach.sln not found above the test binaries.");
    }
}
