namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Perisai agents and their referral codes, entered by staff (<c>agent add</c>). A sign-up made through an
/// agent's <c>/start ref_&lt;code&gt;</c> link carries the code as its referrer. Codes are unique ignoring
/// case: people copy them from paper, so "k7m2qx" and "K7M2QX" are one agent.
/// </summary>
public interface IAgentStore
{
    /// <summary>Stores a new agent; false (and nothing written) when the code is taken already, ignoring case.</summary>
    Task<bool> AddAsync(Agent agent, CancellationToken cancellationToken = default);

    /// <summary>Every agent, oldest first.</summary>
    Task<IReadOnlyList<Agent>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The agent with this code (ignoring case), or null.</summary>
    Task<Agent?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);
}

/// <summary>One agent: the referral code their flyers carry, their name and region as staff wrote them, and when they were added.</summary>
public sealed record Agent(string Code, string Name, string Region, DateTimeOffset CreatedAt);
