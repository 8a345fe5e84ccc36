using Jamsos.Outreach.Bot.Core.SignUps;

namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>Confirmed sign-ups. A failed write throws: it is never swallowed.</summary>
public interface ISignUpStore
{
    /// <summary>Inserts, or updates the record with the same phone (keeping its first CreatedAt). Returns true when it was new.</summary>
    Task<bool> UpsertAsync(SignUp signUp, CancellationToken cancellationToken = default);

    Task<SignUp?> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default);

    /// <summary>Deletes every sign-up made from this channel user (the /hapus command). Returns how many.</summary>
    Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default);

    /// <summary>Sign-ups updated on or after <paramref name="since"/> (all when null), optionally in one region, oldest first.</summary>
    Task<IReadOnlyList<SignUp>> ListAsync(DateTimeOffset? since = null, string? region = null, CancellationToken cancellationToken = default);

    /// <summary>People who opted in to news, for broadcasts.</summary>
    Task<IReadOnlyList<SignUp>> ListNewsSubscribersAsync(CancellationToken cancellationToken = default);
}
