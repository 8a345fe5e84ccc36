using Jamsos.Outreach.Bot.Core.Conversations;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Conversations;

public sealed class FreeTextCommandsTests
{
    [Theory]
    [InlineData("data saya apa aja?")]
    [InlineData("Data saya apa saja yang disimpan?")]
    [InlineData("min, data apa yang kalian simpan tentang saya")]
    [InlineData("What data do you have about me?")]
    [InlineData("what do you know about me")]
    public void Match_AskingToSeeOwnData_IsDataSaya(string text)
    {
        var command = FreeTextCommands.Match(text);

        Assert.Equal("datasaya", command);
    }

    [Theory]
    [InlineData("hapus data saya")]
    [InlineData("tolong hapus data apa yang kalian simpan tentang saya")]
    [InlineData("berapa iuran untuk ojol?")]
    [InlineData("data peserta bpjs saya hilang")]
    [InlineData(null)]
    public void Match_OtherText_IsNoCommand(string? text)
    {
        var command = FreeTextCommands.Match(text);

        Assert.Null(command);
    }
}
