namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>
/// One person's data: all of it shown to them (the /datasaya command), or erased (the /hapus command) in
/// one transaction: sign-ups made from the channel user, every chat state and payment reminder of theirs, and
/// the questions and feedback votes kept under their person hash go together, or nothing goes (a failure halfway must
/// not leave data whose person believes it deleted).
/// </summary>
public interface IPersonalDataStore
{
    /// <param name="personHash">The person's hash (<see cref="Privacy.IPersonHasher"/>) for <paramref name="channel"/> and <paramref name="userId"/>.</param>
    Task<PersonalDataDeletion> DeletePersonAsync(string channel, string userId, string personHash, CancellationToken cancellationToken = default);

    /// <summary>Everything kept about the person: sign-ups by channel user, votes and questions by person hash.</summary>
    /// <param name="personHash">The person's hash (<see cref="Privacy.IPersonHasher"/>) for <paramref name="channel"/> and <paramref name="userId"/>.</param>
    Task<PersonalDataReport> ReadPersonAsync(string channel, string userId, string personHash, CancellationToken cancellationToken = default);
}
