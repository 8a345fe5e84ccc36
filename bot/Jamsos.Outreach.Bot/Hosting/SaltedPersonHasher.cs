using Jamsos.Outreach.Bot.Core.Privacy;

namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>
/// The host's <see cref="IPersonHasher"/>: an <see cref="HmacPersonHasher"/> whose salt arrives when the host
/// starts (<see cref="PersonHashSaltProvisioner"/>), because a stored salt is read asynchronously from the
/// database and a DI factory cannot await. The channels only hash after the host has started.
/// </summary>
internal sealed class SaltedPersonHasher : IPersonHasher
{
    private volatile HmacPersonHasher? hasher;

    public bool HasSalt => hasher is not null;

    public void Use(ReadOnlySpan<byte> salt) => hasher = new HmacPersonHasher(salt);

    public string Hash(string channel, string userId) =>
        (hasher ?? throw new InvalidOperationException("The person-hash salt is set when the host starts; nothing may hash a person before that."))
        .Hash(channel, userId);
}
