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

    [Theory]
    [InlineData("hapus data saya")]
    [InlineData("Min, tolong hapusin data sy dong")]
    [InlineData("tolong hapus data apa yang kalian simpan tentang saya")]
    [InlineData("saya mau data pribadi saya dihapus")]
    [InlineData("mbok data kula dibusak mawon")]
    [InlineData("punten hapuskeun data abdi")]
    [InlineData("please delete my phone number from your bot")]
    [InlineData("Forget me. Remove my data.")]
    public void AsksToDelete_OwnDataHere_IsTrue(string text) => Assert.True(FreeTextCommands.AsksToDelete(text));

    [Theory]
    [InlineData("data saya di jmo salah, bisa dihapus?")]
    [InlineData("hapus tunggakan saya")]
    [InlineData("nama sy didaftarin desa jd peserta bpjs tk tanpa ditanya dulu. sy ga mau, bisa minta dihapus aja?")]
    [InlineData("gimana cara hapus kepesertaan bpu saya?")]
    [InlineData("data saya apa aja?")]
    [InlineData("hapus")]
    [InlineData("berapa iuran untuk ojol?")]
    [InlineData(null)]
    public void AsksToDelete_OtherText_IsFalse(string? text) => Assert.False(FreeTextCommands.AsksToDelete(text));

    [Fact]
    public void AsksToDelete_LongMessage_IsFalse() =>
        Assert.False(FreeTextCommands.AsksToDelete("hapus data saya " + new string('a', 300)));
}
