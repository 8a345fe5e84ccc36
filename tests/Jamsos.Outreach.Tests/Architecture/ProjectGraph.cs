using System.Xml.Linq;

namespace Jamsos.Outreach.Tests.Architecture;

/// <summary>
/// The product's projects (every .csproj under bot/ and knowledge/) and their ProjectReferences, read
/// from the project files, so a new reference shows up here the moment someone adds it. Projects are
/// classified by name: Bot.Core, the host (Jamsos.Outreach.Bot), the shared HTTP listener
/// (Jamsos.Outreach.Bot.Http: infrastructure channels may reference, not a channel), stores
/// (Jamsos.Outreach.Bot.Storage.*) and channels (every other Jamsos.Outreach.Bot.* project); a new channel
/// or store is covered without editing the tests.
/// </summary>
internal sealed class ProjectGraph
{
    public const string Host = "Jamsos.Outreach.Bot";
    public const string Core = "Jamsos.Outreach.Bot.Core";
    public const string Http = "Jamsos.Outreach.Bot.Http";
    private const string AdapterPrefix = Host + ".";
    private const string StorePrefix = Host + ".Storage.";

    /// <summary>The product; site/ and tests/ may reference anything.</summary>
    private static readonly string[] ProductFolders = ["bot", "knowledge"];

    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> references;

    private ProjectGraph(IReadOnlyDictionary<string, IReadOnlySet<string>> references)
    {
        this.references = references;
    }

    public IEnumerable<string> Projects => references.Keys;

    /// <summary>Every Jamsos.Outreach.Bot.* project but Bot.Core and the shared HTTP listener: the channels and the stores.</summary>
    public IReadOnlyList<string> Adapters =>
        [.. references.Keys.Where(p => p.StartsWith(AdapterPrefix, StringComparison.Ordinal) && p != Core && p != Http).Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Stores => [.. Adapters.Where(p => p.StartsWith(StorePrefix, StringComparison.Ordinal))];

    public IReadOnlyList<string> Channels => [.. Adapters.Except(Stores)];

    public static ProjectGraph Load(string repositoryRoot)
    {
        var files = ProductFolders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(repositoryRoot, folder), "*.csproj", SearchOption.AllDirectories));
        var graph = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            graph[Path.GetFileNameWithoutExtension(file)] = ReferencesOf(file);
        }

        return new ProjectGraph(graph);
    }

    /// <summary>Every project <paramref name="project"/> depends on, directly or through others.</summary>
    public IReadOnlySet<string> Reachable(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(DirectReferences(project));
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var further in DirectReferences(next))
                {
                    pending.Push(further);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// "Bot.A → Bot.B" for every project of <paramref name="from"/> that reaches one of
    /// <paramref name="forbidden"/> (itself excepted); short names, so a failure reads whole.
    /// </summary>
    public IReadOnlyList<string> Violations(IEnumerable<string> from, IEnumerable<string> forbidden)
    {
        var banned = forbidden.ToHashSet(StringComparer.Ordinal);
        return [.. from
            .SelectMany(project => Reachable(project).Where(r => r != project && banned.Contains(r)).Select(r => Short(project) + " → " + Short(r)))
            .Order(StringComparer.Ordinal)];
    }

    private static string Short(string project) => project.Replace("Jamsos.Outreach.", string.Empty, StringComparison.Ordinal);

    private IReadOnlySet<string> DirectReferences(string project) =>
        references.TryGetValue(project, out var direct) ? direct : new HashSet<string>();

    private static HashSet<string> ReferencesOf(string projectFile) =>
        XDocument.Load(projectFile)
            .Descendants("ProjectReference")
            .Select(reference => (string?)reference.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .ToHashSet(StringComparer.Ordinal);
}
