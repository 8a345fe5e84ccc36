using Jamsos.Outreach.Bot.Core.Conversations;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>One chat command ("/menu", "/hapus"). A new command is a new class registered in AddConversations, not a new case in a switch.</summary>
public interface ICommand
{
    /// <summary>The names it answers to, lower case and without the slash ("hapus", "delete").</summary>
    IReadOnlyList<string> Names { get; }

    /// <param name="argument">The text after the command ("/start ref_abc" → "ref_abc"); empty when there is none.</param>
    Task<TurnResult> ExecuteAsync(Turn turn, string argument, CancellationToken cancellationToken);
}
