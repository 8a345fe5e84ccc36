namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// Erasing one person's data (the /hapus command) in one transaction: sign-ups made from the channel
/// user and every chat state of theirs go together, or nothing goes (a failure halfway must not leave a
/// sign-up whose person believes it deleted). Feedback and unanswered questions hold no user id.
/// </summary>
public interface IPersonalDataStore
{
    Task<PersonalDataDeletion> DeletePersonAsync(string channel, string userId, CancellationToken cancellationToken = default);
}
