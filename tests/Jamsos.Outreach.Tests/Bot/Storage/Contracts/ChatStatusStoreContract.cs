using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="IChatStatusStore"/> does: the chats that are not active, per channel.</summary>
public abstract class ChatStatusStoreContract : StoreContract
{
    [Fact]
    public async Task ListAsync_AfterBlockAndMigrate_ReturnsBoth()
    {
        await Backend.ChatStatus().SetAsync("telegram", new ChatStatusRecord(5, ChatStatus.Blocked, null));
        await Backend.ChatStatus().SetAsync("telegram", new ChatStatusRecord(-100, ChatStatus.Migrated, -1001234567890));

        var listed = await Backend.ChatStatus().ListAsync("telegram");

        Assert.Equal(
            [new ChatStatusRecord(-100, ChatStatus.Migrated, -1001234567890), new ChatStatusRecord(5, ChatStatus.Blocked, null)],
            listed.OrderBy(r => r.ChatId));
    }

    [Fact]
    public async Task ListAsync_ChatActiveAgain_LeavesItOut()
    {
        await Backend.ChatStatus().SetAsync("telegram", new ChatStatusRecord(5, ChatStatus.Blocked, null));

        await Backend.ChatStatus().SetAsync("telegram", new ChatStatusRecord(5, ChatStatus.Active, null));

        Assert.Empty(await Backend.ChatStatus().ListAsync("telegram"));
    }

    [Fact]
    public async Task ListAsync_OtherChannel_IsSeparate()
    {
        await Backend.ChatStatus().SetAsync("telegram", new ChatStatusRecord(5, ChatStatus.Blocked, null));

        var discord = await Backend.ChatStatus().ListAsync("discord");

        Assert.Empty(discord);
    }
}
