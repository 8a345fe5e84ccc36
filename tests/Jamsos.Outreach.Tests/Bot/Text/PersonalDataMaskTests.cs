using Jamsos.Outreach.Bot.Core.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Text;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("3201123456789012", "[angka]")]
    [InlineData("nik 3201123456789012 ditolak", "nik [angka] ditolak")]
    [InlineData("wa saya 081234567890 ya", "wa saya [angka] ya")]
    [InlineData("hp 0812-3456-7890", "hp [angka]")]
    [InlineData("hubungi +62 812 3456 7890", "hubungi [angka]")]
    [InlineData("nik 3201 1234 5678 9012", "nik [angka]")]
    [InlineData("123456", "[angka]")]
    public void Mask_LongDigitRun_ReplacedByPlaceholder(string text, string expected)
    {
        var masked = PersonalDataMask.Mask(text);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("iuran 16800 per bulan")]
    [InlineData("gaji 1.500.000 brp iurannya")]
    [InlineData("umur 45 tahun, sejak 2019")]
    [InlineData("12345")]
    public void Mask_ShortNumbersAndAmounts_LeftAlone(string text)
    {
        var masked = PersonalDataMask.Mask(text);

        Assert.Equal(text, masked);
    }
}
