using Jamsos.Outreach.Knowledge.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Text;

public sealed class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Corrector = new(["pembayaran", "pendaftaran", "kecelakaan", "iuran", "meninggal", "beasiswa", "beasiswa"]);

    [Theory]
    [InlineData("pembayarn", "pembayaran")]
    [InlineData("pembayaaran", "pembayaran")]
    [InlineData("pembayazan", "pembayaran")]
    [InlineData("pmebayaran", "pembayaran")]
    [InlineData("kecelakan", "kecelakaan")]
    [InlineData("meningal", "meninggal")]
    [InlineData("beasiwa", "beasiswa")]
    public void Correct_OneEditTypo_ReturnsKnownWord(string typo, string expected)
    {
        var corrected = Corrector.Correct(typo);

        Assert.Equal(expected, corrected);
    }

    [Theory]
    [InlineData("pembayaran")]
    [InlineData("kecelakaan")]
    public void Correct_KnownWord_ReturnsNull(string word)
    {
        var corrected = Corrector.Correct(word);

        Assert.Null(corrected);
    }

    [Fact]
    public void IsKnown_KnownWord_IsTrue()
    {
        var known = Corrector.IsKnown("pendaftaran");

        Assert.True(known);
    }

    [Fact]
    public void Correct_UnrelatedWord_ReturnsNull()
    {
        var corrected = Corrector.Correct("asuransi");

        Assert.Null(corrected);
    }

    [Fact]
    public void Correct_ShortWord_IsLeftAlone()
    {
        var corrected = Corrector.Correct("iurn");

        Assert.Null(corrected);
    }

    [Fact]
    public void Correct_ThreeEditsOnLongWord_ReturnsNull()
    {
        var corrected = Corrector.Correct("pxmbxyarxn");

        Assert.Null(corrected);
    }
}
