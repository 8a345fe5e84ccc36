using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>/hapus (/delete): deletes the person's sign-ups and every chat state of theirs on this channel.</summary>
public sealed class DeleteDataCommand : ICommand
{
    private readonly ISignUpStore signUps;
    private readonly ConversationMemory memory;

    public DeleteDataCommand(ISignUpStore signUps, ConversationMemory memory)
    {
        this.signUps = signUps;
        this.memory = memory;
    }

    public IReadOnlyList<string> Names { get; } = ["hapus", "delete"];

    public async Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var message = turn.Message;
        var deleted = await signUps.DeleteByUserAsync(message.Channel, message.UserId, cancellationToken).ConfigureAwait(false);
        await memory.ForgetUserAsync(message.Channel, message.UserId, cancellationToken).ConfigureAwait(false);

        // No next state: this chat is forgotten too, not saved again after the turn.
        return new TurnResult(Reply.Of(Deleted(turn.Language, deleted)) with { Private = true }, null);
    }
}
