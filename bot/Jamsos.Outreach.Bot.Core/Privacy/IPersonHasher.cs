namespace Jamsos.Outreach.Bot.Core.Privacy;

/// <summary>
/// A salted, one-way key for one person on one channel. Records that must not carry a user id
/// (feedback votes, questions kept for editors) carry this instead, so that one vote per person can be
/// kept and /hapus can find and remove them, while nobody reading the table can tell who it was.
/// </summary>
public interface IPersonHasher
{
    /// <summary>Lower-case hex, the same for the same channel and user on every instance that shares the salt.</summary>
    string Hash(string channel, string userId);
}
