using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Privacy;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>
/// /datasaya (/mydata), also "data saya apa aja?" in free text (<see cref="FreeTextCommands"/>): the right of
/// access (UU PDP 27/2022). Shows the person everything kept about them, always privately (in a group the
/// channel sends it to the person directly), with how long it is kept and how to delete it.
/// </summary>
public sealed class MyDataCommand : ICommand
{
    public const string Name = "datasaya";

    private readonly IPersonalDataStore personalData;
    private readonly IPersonHasher hasher;
    private readonly BotOptions options;

    public MyDataCommand(IPersonalDataStore personalData, IPersonHasher hasher, BotOptions options)
    {
        this.personalData = personalData;
        this.hasher = hasher;
        this.options = options;
    }

    public IReadOnlyList<string> Names { get; } = [Name, "mydata"];

    public async Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var message = turn.Message;
        var report = await personalData.ReadPersonAsync(message.Channel, message.UserId, hasher.Hash(message.Channel, message.UserId), cancellationToken).ConfigureAwait(false);
        var text = PersonalDataTexts.Report(report, turn.Language, options.UnansweredRetention);
        return new TurnResult(new Reply(text, []) with { Private = true }, turn.State);
    }
}
