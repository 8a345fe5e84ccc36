using Jamsos.Outreach.Bot.Core.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Text;

/// <summary>The masking added for issue 14: numbers with dots, e-mail addresses and names a person gives.</summary>
public sealed class PersonalDataMaskPrivacyTests
{
    [Theory]
    [InlineData("hp 0812.3456.7890", "hp [angka]")]
    [InlineData("hp 0812 3456 7890", "hp [angka]")]
    [InlineData("hp 0812-3456-7890", "hp [angka]")]
    [InlineData("wa +62 812-3456-7890", "wa [angka]")]
    [InlineData("nik 3201.1234.5678.9012", "nik [angka]")]
    [InlineData("no 081.234.567.890", "no [angka]")]
    public void Mask_DigitRunWithSeparators_ReplacedByPlaceholder(string text, string expected)
    {
        var masked = PersonalDataMask.Mask(text);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("gaji 1.500.000 brp iurannya")]
    [InlineData("penghasilan 25.000.000 sebulan")]
    public void Mask_AmountWithThousandsDots_LeftAlone(string text)
    {
        var masked = PersonalDataMask.Mask(text);

        Assert.Equal(text, masked);
    }

    [Theory]
    [InlineData("email saya budi.santoso@gmail.com ya", "email saya [email] ya")]
    [InlineData("kirim ke Siti_A+bpjs@mail.co.id", "kirim ke [email]")]
    public void Mask_EmailAddress_ReplacedByPlaceholder(string text, string expected)
    {
        var masked = PersonalDataMask.Mask(text);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("nama saya Budi Santoso mau tanya iuran", "nama saya [nama] mau tanya iuran")]
    [InlineData("atas nama siti aminah, klaimnya gimana", "atas nama [nama], klaimnya gimana")]
    [InlineData("nama aku wayan", "nama aku [nama]")]
    [InlineData("Hi, my name is Ana Maria and I drive", "Hi, my name is [nama] and I drive")]
    [InlineData("nama saya adalah M. Rizki Pratama", "nama saya adalah [nama]")]
    [InlineData("Nama saya: Joko. Iuran berapa?", "Nama saya: [nama]. Iuran berapa?")]
    public void Mask_SelfIntroducedName_ReplacedByPlaceholder(string text, string expected)
    {
        var masked = PersonalDataMask.Mask(text);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("nama saya mau diganti di kartu")]
    [InlineData("kartu atas nama siapa?")]
    public void Mask_NameCueWithoutAName_KeepsTheQuestion(string text)
    {
        var masked = PersonalDataMask.Mask(text);

        Assert.Equal(text, masked);
    }
}
