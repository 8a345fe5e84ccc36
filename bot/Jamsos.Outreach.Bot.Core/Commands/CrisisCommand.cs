using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Answering;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>A command that opens a crisis path directly (see <see cref="CrisisPaths"/>).</summary>
public abstract class CrisisCommand : ICommand
{
    private readonly CrisisPaths paths;
    private readonly Crisis crisis;

    protected CrisisCommand(CrisisPaths paths, Crisis crisis, string name)
    {
        this.paths = paths;
        this.crisis = crisis;
        Names = [name];
    }

    public IReadOnlyList<string> Names { get; }

    public Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Task.FromResult(new TurnResult(paths.Opening(turn.Language, crisis), turn.State));
    }
}
