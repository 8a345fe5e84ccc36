using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>
/// /hapus (/delete): deletes the person's sign-ups and every chat state of theirs on this channel, in one
/// transaction of the store (<see cref="IPersonalDataStore"/>): a failure halfway deletes nothing.
/// </summary>
public sealed class DeleteDataCommand : ICommand
{
    private readonly IPersonalDataStore personalData;

    public DeleteDataCommand(IPersonalDataStore personalData)
    {
        this.personalData = personalData;
    }

    public IReadOnlyList<string> Names { get; } = ["hapus", "delete"];

    public async Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var message = turn.Message;
        var deleted = await personalData.DeletePersonAsync(message.Channel, message.UserId, cancellationToken).ConfigureAwait(false);

        // No next state: this chat is forgotten too, not saved again after the turn.
        return new TurnResult(Reply.Of(Deleted(turn.Language, deleted.SignUps)) with { Private = true }, null);
    }
}
