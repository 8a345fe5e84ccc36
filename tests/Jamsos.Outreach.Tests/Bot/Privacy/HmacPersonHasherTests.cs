using Jamsos.Outreach.Bot.Core.Privacy;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Privacy;

public sealed class HmacPersonHasherTests
{
    private static readonly byte[] Salt = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Hash_SamePersonTwice_IsTheSame()
    {
        var hasher = new HmacPersonHasher(Salt);

        Assert.Equal(hasher.Hash("telegram", "6012345678"), new HmacPersonHasher(Salt).Hash("telegram", "6012345678"));
    }

    [Fact]
    public void Hash_OtherChannelOrUser_Differs()
    {
        var hasher = new HmacPersonHasher(Salt);

        Assert.Equal(3, new[] { hasher.Hash("telegram", "1"), hasher.Hash("discord", "1"), hasher.Hash("telegram", "2") }.Distinct().Count());
    }

    [Fact]
    public void Hash_OtherSalt_Differs()
    {
        var other = Salt.Select(b => (byte)(b + 1)).ToArray();

        Assert.NotEqual(new HmacPersonHasher(Salt).Hash("telegram", "1"), new HmacPersonHasher(other).Hash("telegram", "1"));
    }

    [Fact]
    public void Hash_HoldsNoDigitOfTheUserId()
    {
        var hash = new HmacPersonHasher(Salt).Hash("telegram", "6012345678");

        Assert.Equal((32, false), (hash.Length, hash.Contains("6012345678", StringComparison.Ordinal)));
    }

    [Fact]
    public void Constructor_ShortSalt_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HmacPersonHasher(new byte[8]));
    }
}
