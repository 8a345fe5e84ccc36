using Jamsos.Outreach.Bot.Core.Privacy;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>The person hasher of the in-memory engine: a fixed, test-only salt, so tests can compute the hash they expect.</summary>
public static class TestPersonHasher
{
    public static IPersonHasher Instance { get; } = new HmacPersonHasher(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());

    public static string Hash(string channel, string userId) => Instance.Hash(channel, userId);
}
