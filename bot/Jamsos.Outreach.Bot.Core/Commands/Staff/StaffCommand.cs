using Jamsos.Outreach.Bot.Core.Conversations;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Commands.Staff;

/// <summary>A command for the outreach team only: people listed in <see cref="BotOptions.AdminUserIds"/> as "channel:userId".</summary>
public abstract class StaffCommand : ICommand
{
    private readonly BotOptions options;

    protected StaffCommand(BotOptions options, string name)
    {
        this.options = options;
        Names = [name];
    }

    public IReadOnlyList<string> Names { get; }

    public Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var message = turn.Message;
        return options.AdminUserIds.Contains(message.Channel + ":" + message.UserId)
            ? ExecuteForStaffAsync(turn, cancellationToken)
            : Task.FromResult(new TurnResult(Reply.Of(StaffOnly(turn.Language)), turn.State));
    }

    protected abstract Task<TurnResult> ExecuteForStaffAsync(Turn turn, CancellationToken cancellationToken);
}
