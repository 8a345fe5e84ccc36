using Jamsos.Outreach.Bot.Core.Conversations;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>/daftar: starts the sign-up form, in a private chat only (a group would see the person's data).</summary>
public sealed class SignUpCommand : ICommand
{
    private readonly SignUpTurns signUps;

    public SignUpCommand(SignUpTurns signUps)
    {
        this.signUps = signUps;
    }

    public IReadOnlyList<string> Names { get; } = ["daftar"];

    public Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return Task.FromResult(turn.Message.IsGroup
            ? new TurnResult(Reply.Of(PrivateOnly(turn.Language)), turn.State)
            : signUps.Start(turn));
    }
}
