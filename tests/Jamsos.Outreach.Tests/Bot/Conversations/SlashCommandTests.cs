using Jamsos.Outreach.Bot.Core.Conversations;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

public sealed class SlashCommandTests
{
    [Theory]
    [InlineData("/start@JamsosBot ref_abc", "start", "ref_abc")]
    [InlineData("/MENU", "menu", "")]
    [InlineData("/hapus  ", "hapus", "")]
    [InlineData("/start\tdaftar", "start", "daftar")]
    public void Parse_Command_GivesNameAndArgument(string text, string name, string argument)
    {
        var command = SlashCommand.Parse(text);

        Assert.Equal(new SlashCommand(name, argument), command);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("/")]
    [InlineData("halo /menu")]
    [InlineData("/menu-utama")]
    [InlineData("/abcdefghijklmnopqrstuvwxyz0123456")]
    public void Parse_NotACommand_IsNull(string? text)
    {
        var command = SlashCommand.Parse(text);

        Assert.Null(command);
    }
}
