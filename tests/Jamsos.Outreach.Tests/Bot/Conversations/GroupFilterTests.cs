using Jamsos.Outreach.Bot.Core.Conversations;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

public sealed class GroupFilterTests
{
    private static readonly IncomingMessage GroupChatter = new("test", "group1", "u1", "halo semua", DateTimeOffset.UnixEpoch, IsGroup: true);

    [Fact]
    public void Admits_GroupChatterNotAddressedToTheBot_IsFalse()
    {
        var admitted = GroupFilter.Admits(GroupChatter, null);

        Assert.False(admitted);
    }

    [Fact]
    public void Admits_PrivateChat_IsTrue()
    {
        var admitted = GroupFilter.Admits(GroupChatter with { IsGroup = false }, null);

        Assert.True(admitted);
    }

    [Fact]
    public void Admits_GroupMention_IsTrue()
    {
        var admitted = GroupFilter.Admits(GroupChatter with { AddressedToBot = true }, null);

        Assert.True(admitted);
    }

    [Fact]
    public void Admits_GroupCommand_IsTrue()
    {
        var admitted = GroupFilter.Admits(GroupChatter with { Text = "/menu" }, SlashCommand.Parse("/menu"));

        Assert.True(admitted);
    }

    [Fact]
    public void Admits_GroupButton_IsTrue()
    {
        var admitted = GroupFilter.Admits(GroupChatter with { Text = null, Payload = Payloads.Command("menu") }, null);

        Assert.True(admitted);
    }
}
