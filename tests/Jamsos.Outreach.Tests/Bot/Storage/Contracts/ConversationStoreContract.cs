using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage.Contracts;

/// <summary>What every <see cref="IConversationStore"/> does: state per chat, and a versioned save that is a compare-and-set.</summary>
public abstract class ConversationStoreContract : StoreContract
{
    [Fact]
    public async Task LoadAsync_NothingSaved_ReturnsVersionZeroWithoutState()
    {
        var stored = await Backend.Conversations().LoadAsync(new ChatKey("telegram", "404"));

        Assert.Equal(StoredConversation.None, stored);
    }

    [Fact]
    public async Task SaveAsync_ExpectingNoState_CreatesVersionOne()
    {
        var state = Conversation();

        var version = await Backend.Conversations().SaveAsync(state, 0);

        Assert.Equal((1L, new StoredConversation(state, 1)), (version, await Backend.Conversations().LoadAsync(state.Chat)));
    }

    [Fact]
    public async Task SaveAsync_ExpectingTheCurrentVersion_SavesAndAdvancesIt()
    {
        var state = Conversation();
        var next = state with { LastIntent = "registration" };
        await Backend.Conversations().SaveAsync(state, 0);

        var version = await Backend.Conversations().SaveAsync(next, 1);

        Assert.Equal((2L, new StoredConversation(next, 2)), (version, await Backend.Conversations().LoadAsync(state.Chat)));
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsAndKeepsTheNewerState()
    {
        var state = Conversation();
        var newer = state with { LastIntent = "newer" };
        await Backend.Conversations().SaveAsync(state, 0);
        await Backend.Conversations().SaveAsync(newer, 1);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Backend.Conversations().SaveAsync(state with { LastIntent = "stale" }, 1));

        Assert.Equal(new StoredConversation(newer, 2), await Backend.Conversations().LoadAsync(state.Chat));
    }

    [Fact]
    public async Task SaveAsync_ExpectingNoStateButOneExists_Throws()
    {
        await Backend.Conversations().SaveAsync(Conversation(), 0);

        var save = () => Backend.Conversations().SaveAsync(Conversation() with { LastIntent = "other" }, 0);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(save);
    }

    [Fact]
    public async Task SaveAsync_Unversioned_AdvancesTheVersionSoAnOlderVersionedSaveConflicts()
    {
        await Backend.Conversations().SaveAsync(Conversation(), 0);
        await Backend.Conversations().SaveAsync(Conversation() with { LastIntent = "unversioned" });

        var save = () => Backend.Conversations().SaveAsync(Conversation() with { LastIntent = "based on version 1" }, 1);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(save);
    }

    [Fact]
    public async Task SaveAsync_TwoInstancesSaveTheSameVersion_ExactlyOneWins()
    {
        await Backend.Conversations().SaveAsync(Conversation(), 0);
        var attempts = Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            try
            {
                await Backend.Conversations(i % 2).SaveAsync(Conversation() with { LastIntent = "attempt " + i }, 1);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }));

        var won = await Task.WhenAll(attempts);

        Assert.Equal((1, 2L), (won.Count(w => w), (await Backend.Conversations().LoadAsync(Conversation().Chat)).Version));
    }

    [Fact]
    public async Task SaveAsync_TwoInstancesRetryingOnConflict_LoseNoStep()
    {
        // Each step appends one mark to LastEntryId after reloading, as the engine's retry loop will.
        var chat = Conversation().Chat;
        var steps = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var store = Backend.Conversations(i % 2);
            while (true)
            {
                var stored = await store.LoadAsync(chat);
                var state = stored.State ?? Conversation() with { LastEntryId = string.Empty };
                try
                {
                    await store.SaveAsync(state with { LastEntryId = state.LastEntryId + "x" }, stored.Version);
                    return;
                }
                catch (ConcurrencyConflictException)
                {
                    // Another step won this version: load the fresh state and apply this step on top.
                }
            }
        }));

        await Task.WhenAll(steps);

        var final = await Backend.Conversations().LoadAsync(chat);
        Assert.Equal((20, 20L), (final.State!.LastEntryId!.Length, final.Version));
    }

    [Fact]
    public async Task DeleteAsync_StaleVersion_ThrowsAndKeepsTheState()
    {
        await Backend.Conversations().SaveAsync(Conversation(), 0);
        await Backend.Conversations().SaveAsync(Conversation(), 1);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Backend.Conversations().DeleteAsync(Conversation().Chat, 1));

        Assert.Equal(2L, (await Backend.Conversations().LoadAsync(Conversation().Chat)).Version);
    }

    [Fact]
    public async Task DeleteAsync_CurrentVersion_Deletes()
    {
        await Backend.Conversations().SaveAsync(Conversation(), 0);

        await Backend.Conversations().DeleteAsync(Conversation().Chat, 1);

        Assert.Equal(StoredConversation.None, await Backend.Conversations().LoadAsync(Conversation().Chat));
    }

    [Fact]
    public async Task DeleteAsync_StateAlreadyErased_IsANoOp()
    {
        await Backend.Conversations().SaveAsync(Conversation(), 0);
        await Backend.Conversations().DeleteAsync(Conversation().Chat);

        await Backend.Conversations().DeleteAsync(Conversation().Chat, 1);

        Assert.Equal(StoredConversation.None, await Backend.Conversations().LoadAsync(Conversation().Chat));
    }

    [Fact]
    public async Task GetAsync_AfterUnversionedSave_ReturnsTheSameState()
    {
        var state = Conversation();

        await Backend.Conversations().SaveAsync(state);

        Assert.Equal(state, await Backend.Conversations().GetAsync(state.Chat));
    }

    [Fact]
    public async Task DeleteByUserAsync_UserWithTwoChats_RemovesBothAndNoOtherUsers()
    {
        await Backend.Conversations().SaveAsync(Conversation(chatId: "1", userId: "7"));
        await Backend.Conversations().SaveAsync(Conversation(chatId: "2", userId: "7"));
        await Backend.Conversations().SaveAsync(Conversation(chatId: "3", userId: "8"));

        var deleted = await Backend.Conversations().DeleteByUserAsync("telegram", "7");

        Assert.Equal((2, true), (deleted, await Backend.Conversations().GetAsync(new ChatKey("telegram", "3")) is not null));
    }

    [Fact]
    public async Task PruneAsync_ChatSilentSinceBeforeTheCutoff_IsDeletedAndCountedAndANewerOneKept()
    {
        await Backend.Conversations().SaveAsync(Conversation(chatId: "1") with { UpdatedAt = Monday.AddDays(-31) });
        await Backend.Conversations().SaveAsync(Conversation(chatId: "2") with { UpdatedAt = Monday.AddDays(-29) });

        var pruned = await Backend.Conversations().PruneAsync(Monday.AddDays(-30));

        Assert.Equal(
            (1, false, true),
            (pruned, await Backend.Conversations().GetAsync(new ChatKey("telegram", "1")) is not null, await Backend.Conversations().GetAsync(new ChatKey("telegram", "2")) is not null));
    }

    [Fact]
    public async Task PruneAsync_PrunedChatWritesAgain_StartsAtVersionOne()
    {
        await Backend.Conversations().SaveAsync(Conversation() with { UpdatedAt = Monday.AddDays(-31) }, 0);
        await Backend.Conversations().PruneAsync(Monday.AddDays(-30));

        var version = await Backend.Conversations().SaveAsync(Conversation(), 0);

        Assert.Equal(1L, version);
    }
}
