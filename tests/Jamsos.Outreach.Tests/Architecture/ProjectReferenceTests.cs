using Jamsos.Outreach.Tests.Site;
using Xunit;

namespace Jamsos.Outreach.Tests.Architecture;

/// <summary>
/// Project references point inwards only (issue 11): channels never reference each other, stores never
/// reference a channel, Bot.Core references no adapter. Read from the .csproj files, transitively.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly ProjectGraph Graph = ProjectGraph.Load(RepositoryRoot.Path);

    [Fact]
    public void Load_BotFolder_FindsTheChannelsAndTheSqliteStore()
    {
        var expected = new HashSet<string> { "Jamsos.Outreach.Bot.Telegram", "Jamsos.Outreach.Bot.Discord" };

        Assert.Equal((true, true), (Graph.Channels.ToHashSet().IsSupersetOf(expected), Graph.Stores.Contains("Jamsos.Outreach.Bot.Storage.Sqlite")));
    }

    [Fact]
    public void Load_BotFolder_FindsThePostgresStore()
    {
        var stores = Graph.Stores;

        Assert.Contains("Jamsos.Outreach.Bot.Storage.Postgres", stores);
    }

    [Fact]
    public void PostgresStore_ReferencesBotCoreOnly()
    {
        var ours = Graph.Reachable("Jamsos.Outreach.Bot.Storage.Postgres").Where(p => p.StartsWith("Jamsos.Outreach.", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal([ProjectGraph.Core, "Jamsos.Outreach.Knowledge"], ours);
    }

    [Fact]
    public void StorageProjects_ReferenceNoOtherStore()
    {
        var violations = Graph.Violations(Graph.Stores, Graph.Stores);

        Assert.Empty(violations);
    }

    [Fact]
    public void ChannelProjects_ReferenceNoOtherChannel()
    {
        var violations = Graph.Violations(Graph.Channels, Graph.Channels);

        Assert.Empty(violations);
    }

    [Fact]
    public void BotCore_ReferencesNoAdapterAndNotTheHost()
    {
        var violations = Graph.Violations([ProjectGraph.Core], [.. Graph.Adapters, ProjectGraph.Host]);

        Assert.Empty(violations);
    }

    [Fact]
    public void StorageProjects_ReferenceNoChannelAndNotTheHost()
    {
        var violations = Graph.Violations(Graph.Stores, [.. Graph.Channels, ProjectGraph.Host]);

        Assert.Empty(violations);
    }

    [Fact]
    public void ChannelProjects_ReferenceNoStoreAndNotTheHost()
    {
        var violations = Graph.Violations(Graph.Channels, [.. Graph.Stores, ProjectGraph.Host]);

        Assert.Empty(violations);
    }

    [Fact]
    public void HttpListener_ReferencesNoneOfOurProjects()
    {
        var ours = Graph.Reachable(ProjectGraph.Http).Where(p => p.StartsWith("Jamsos.Outreach.", StringComparison.Ordinal));

        Assert.Empty(ours);
    }
}
