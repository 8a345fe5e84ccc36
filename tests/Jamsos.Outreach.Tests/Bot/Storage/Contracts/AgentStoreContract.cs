using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="IAgentStore"/> does (issue 16, the Perisai agent kit).</summary>
public abstract class AgentStoreContract : StoreContract
{
    private static readonly Agent Siti = new("K7M2QX", "Siti Nurhaliza", "Kota Serang", Monday);

    private static readonly Agent Budi = new("P4W9RT", "Budi Santoso", "Kabupaten Lebak", Monday.AddHours(2));

    [Fact]
    public async Task AddAsync_NewCode_ReturnsTrueAndFindByCodeReturnsTheAgent()
    {
        var added = await Backend.Agents().AddAsync(Siti);

        Assert.Equal((true, Siti), (added, await Backend.Agents().FindByCodeAsync("K7M2QX")));
    }

    [Fact]
    public async Task AddAsync_CodeTakenInOtherCase_ReturnsFalseAndKeepsTheFirstAgent()
    {
        await Backend.Agents().AddAsync(Siti);

        var added = await Backend.Agents().AddAsync(Budi with { Code = "k7m2qx" });

        Assert.Equal((false, Siti), (added, Assert.Single(await Backend.Agents().ListAsync())));
    }

    [Fact]
    public async Task AddAsync_SameCodeFromASecondInstance_OnlyOneWins()
    {
        var first = Backend.Agents(0).AddAsync(Siti);
        var second = Backend.Agents(1).AddAsync(Budi with { Code = Siti.Code });

        var results = await Task.WhenAll(first, second);

        Assert.Equal((1, 1), (results.Count(r => r), (await Backend.Agents().ListAsync()).Count));
    }

    [Fact]
    public async Task FindByCodeAsync_LowerCase_FindsTheAgent()
    {
        await Backend.Agents().AddAsync(Siti);

        var found = await Backend.Agents().FindByCodeAsync("k7m2qx");

        Assert.Equal(Siti, found);
    }

    [Fact]
    public async Task FindByCodeAsync_UnknownCode_ReturnsNull()
    {
        await Backend.Agents().AddAsync(Siti);

        Assert.Null(await Backend.Agents().FindByCodeAsync("ZZZZZZ"));
    }

    [Fact]
    public async Task ListAsync_AfterAdds_ReturnsThemOldestFirst()
    {
        await Backend.Agents().AddAsync(Budi);
        await Backend.Agents().AddAsync(Siti);

        Assert.Equal([Siti, Budi], await Backend.Agents().ListAsync());
    }

    [Fact]
    public async Task ListAsync_Empty_ReturnsNothing()
    {
        Assert.Empty(await Backend.Agents().ListAsync());
    }

    [Fact]
    public async Task AddAsync_NameWithMarkupAndEmoji_IsStoredExactly()
    {
        var agent = Siti with { Name = "Siti <b>\"Ibu RT\"</b> 🌾 O'Neil" };

        await Backend.Agents().AddAsync(agent);

        Assert.Equal(agent, await Backend.Agents().FindByCodeAsync(agent.Code));
    }
}
