using Jamsos.Outreach.Knowledge.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Text;

public sealed class IndonesianStemmerTests
{
    private static readonly string[] FormsOfBayar = ["membayar", "dibayar", "pembayaran", "bayarlah"];

    [Theory]
    [InlineData("pembayaran", "bayar")]
    [InlineData("mendaftar", "daftar")]
    [InlineData("pendaftaran", "daftar")]
    [InlineData("penghasilan", "hasil")]
    [InlineData("kecelakaan", "celaka")]
    [InlineData("dibayarkan", "bayar")]
    [InlineData("bekerja", "kerja")]
    public void Stem_AffixedWord_StripsToRoot(string word, string root)
    {
        var stem = IndonesianStemmer.Stem(word);

        Assert.Equal(root, stem);
    }

    [Theory]
    [InlineData("bulan")]
    [InlineData("berapa")]
    [InlineData("kenapa")]
    [InlineData("peserta")]
    [InlineData("diskon")]
    public void Stem_ProtectedOrShortRoot_IsUnchanged(string word)
    {
        var stem = IndonesianStemmer.Stem(word);

        Assert.Equal(word, stem);
    }

    [Fact]
    public void Stem_SameRootDifferentAffixes_Agree()
    {
        var stems = FormsOfBayar.Select(IndonesianStemmer.Stem);

        Assert.Single(stems.Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public void Stem_NonLetters_AreUnchanged()
    {
        var stem = IndonesianStemmer.Stem("pp50");

        Assert.Equal("pp50", stem);
    }
}
