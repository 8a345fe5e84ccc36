using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Privacy;
using Jamsos.Outreach.Bot.Core.Storage;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>
/// /hapus (/delete): deletes the person's sign-ups, every chat state and payment reminder of theirs on this channel and the
/// questions kept under their person hash, in one transaction of the store (<see cref="IPersonalDataStore"/>):
/// a failure halfway deletes nothing.
/// </summary>
public sealed class DeleteDataCommand : ICommand
{
    private readonly IPersonalDataStore personalData;
    private readonly IPersonHasher hasher;

    public DeleteDataCommand(IPersonalDataStore personalData, IPersonHasher hasher)
    {
        this.personalData = personalData;
        this.hasher = hasher;
    }

    public IReadOnlyList<string> Names { get; } = ["hapus", "delete"];

    public async Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var message = turn.Message;
        var deleted = await personalData.DeletePersonAsync(message.Channel, message.UserId, hasher.Hash(message.Channel, message.UserId), cancellationToken).ConfigureAwait(false);

        // No next state: this chat is forgotten too, not saved again after the turn.
        var text = Deleted(turn.Language, deleted.SignUps) + (deleted.Reminders > 0 ? " " + RemindersDeleted(turn.Language) : string.Empty);
        return new TurnResult(Reply.Of(text) with { Private = true }, null);
    }
}
