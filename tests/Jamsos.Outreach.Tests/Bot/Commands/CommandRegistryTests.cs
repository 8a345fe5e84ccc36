using Jamsos.Outreach.Bot.Channels.Discord.Interactions;
using Jamsos.Outreach.Bot.Channels.Telegram.Hosting;
using Jamsos.Outreach.Bot.Core.Commands;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Commands;

[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class CommandRegistryTests
{
    private readonly KnowledgeFixture fixture;

    public CommandRegistryTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Fact]
    public void AddConversations_EveryChatCommand_IsRegistered()
    {
        var registry = Registry();

        Assert.Equal(
            ["bahasa", "bantuan", "batal", "cancel", "daftar", "datasaya", "delete", "export", "hapus", "help", "iuran", "kantor", "kecelakaan", "language", "meninggal", "menu", "mydata", "pengingat", "reminder", "start", "stats", "unanswered"],
            registry.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Constructor_TwoCommandsWithOneName_Throws()
    {
        ICommand[] commands = [new MenuCommand(), new MenuCommand()];

        Assert.Throws<ArgumentException>(() => new CommandRegistry(commands));
    }

    [Fact]
    public async Task ExecuteAsync_UnknownName_PointsToHelp()
    {
        var turn = new Turn(new IncomingMessage("test", "c1", "u1", "/gak", DateTimeOffset.UnixEpoch), new ConversationState(new ChatKey("test", "c1"), "u1", DateTimeOffset.UnixEpoch), Language.Id, new DateOnly(2026, 11, 21), DateTimeOffset.UnixEpoch);

        var result = await Registry().ExecuteAsync(turn, "gak", string.Empty, default);

        Assert.Equal(BotTexts.UnknownCommand(Language.Id), result.Reply.Text.ToPlainText());
    }

    [Fact]
    public void TelegramMenu_EveryEntry_IsARegisteredCommand()
    {
        var names = Registry().Names;

        var menu = TelegramCommands.Private("id").Concat(TelegramCommands.Private("en")).Select(c => c.Command).Distinct();

        Assert.Equal((true, string.Empty), (menu.Contains("datasaya"), string.Join(",", menu.Where(n => !names.Contains(n)))));
    }

    [Fact]
    public void DiscordSlashCommands_EveryOneButTanya_IsARegisteredCommand()
    {
        var names = Registry().Names;

        var slash = DiscordCommands.All.Select(c => c.Name).Where(n => n != DiscordCommands.Ask);

        Assert.Equal((true, string.Empty), (slash.Contains("datasaya"), string.Join(",", slash.Where(n => !names.Contains(n)))));
    }

    private CommandRegistry Registry() =>
        TestEngine.Services(fixture.Answerer, new InMemoryStores(), TimeProvider.System).BuildServiceProvider().GetRequiredService<CommandRegistry>();
}
