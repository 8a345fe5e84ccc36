using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>
/// One storage adapter under a contract test, on a fresh database. <paramref name="instance"/> picks a
/// bot instance: 0 is the first, 1 a second one on the same database (its own database object and pool,
/// as another process would have), to show what holds across instances.
/// </summary>
public interface IStoreBackend : IAsyncDisposable
{
    Support.TestClock Clock { get; }

    ISignUpStore SignUps(int instance = 0);

    IConversationStore Conversations(int instance = 0);

    IFeedbackStore Feedback(int instance = 0);

    IUnansweredStore Unanswered(int instance = 0);

    IProcessedUpdateStore ProcessedUpdates(int instance = 0);

    IChatStatusStore ChatStatus(int instance = 0);

    IBroadcastStore Broadcasts(int instance = 0);

    ICommandHashStore CommandHashes(int instance = 0);

    IPersonalDataStore PersonalData(int instance = 0);

    IAgentStore Agents(int instance = 0);

    IPersonHashSaltStore PersonHashSalts(int instance = 0);

    IReminderStore Reminders(int instance = 0);

    /// <summary>Makes every delete from conversations fail (a trigger), to show what a half-done erase leaves.</summary>
    Task BreakConversationDeletesAsync();
}
