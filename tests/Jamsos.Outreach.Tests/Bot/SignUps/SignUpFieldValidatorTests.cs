using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Knowledge.Content;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.SignUps;

public sealed class SignUpFieldValidatorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0007")]
    public void Name_Empty_SaysItIsEmpty(string typed)
    {
        var check = SignUpFieldValidator.Name(typed, Language.Id);

        Assert.Equal((false, "Nama belum terisi."), (check.IsValid, check.Problem));
    }

    [Fact]
    public void Name_OverTheLimit_IsRefused()
    {
        var check = SignUpFieldValidator.Name(new string('a', SignUpFieldValidator.MaxNameLength + 1), Language.En);

        Assert.False(check.IsValid);
    }

    [Fact]
    public void Name_WithControlCharactersAndSpaces_KeptWithoutThem()
    {
        var check = SignUpFieldValidator.Name("  Siti\u0000 <b>🌸</b>\n ", Language.Id);

        Assert.Equal((true, "Siti <b>🌸</b>"), (check.IsValid, check.Value));
    }

    [Fact]
    public void Phone_Typed_IsNormalised()
    {
        var check = SignUpFieldValidator.Phone("0812 3456 7890", null, Language.Id);

        Assert.Equal("+6281234567890", check.Value);
    }

    [Fact]
    public void Phone_Shared_WinsOverTypedText()
    {
        var check = SignUpFieldValidator.Phone("bukan nomor", "+62 812-3456-7890", Language.Id);

        Assert.Equal((true, "+6281234567890"), (check.IsValid, check.Value));
    }

    [Fact]
    public void Phone_Foreign_IsRefused()
    {
        var check = SignUpFieldValidator.Phone("+1 555 0100 123", null, Language.Id);

        Assert.False(check.IsValid);
    }

    [Fact]
    public void Region_KnownNameInAnyCase_IsWrittenAsTheButton()
    {
        var check = SignUpFieldValidator.Region("kota serang", Language.Id);

        Assert.Equal("Kota Serang", check.Value);
    }

    [Theory]
    [InlineData("kab bekasi", "Kabupaten Bekasi")]
    [InlineData("Kab. Bekasi", "Kabupaten Bekasi")]
    [InlineData("KOTA BEKASI", "Kota Bekasi")]
    [InlineData("kotamadya bekasi", "Kota Bekasi")]
    [InlineData("depok", "Kota Depok")]
    [InlineData("tangsel", "Kota Tangerang Selatan")]
    [InlineData("jaksel", "Kota Jakarta Selatan")]
    [InlineData("Kota Administrasi Jakarta Pusat", "Kota Jakarta Pusat")]
    [InlineData("solo", "Kota Surakarta")]
    [InlineData("jogja", "Kota Yogyakarta")]
    [InlineData("toli toli", "Kabupaten Toli-Toli")]
    [InlineData("palangka raya", "Kota Palangkaraya")]
    public void Region_NamesOneRegencyOrCity_IsWrittenAsItsCanonicalName(string typed, string expected)
    {
        var check = SignUpFieldValidator.Region(typed, Language.Id);

        Assert.Equal(expected, check.Value);
    }

    [Theory]
    [InlineData("bekasi")]
    [InlineData("Cikarang Barat")]
    [InlineData("kota sleman")]
    public void Region_AmbiguousOrUnknown_IsKeptAsTyped(string typed)
    {
        var check = SignUpFieldValidator.Region(typed, Language.Id);

        Assert.Equal((true, typed), (check.IsValid, check.Value));
    }

    [Fact]
    public void RegionChoices_NameOfAKotaAndAKabupaten_OffersBothWithTheirCodes()
    {
        var choices = SignUpFieldValidator.RegionChoices("bekasi");

        Assert.Equal(["32.75 Kota Bekasi", "32.16 Kabupaten Bekasi"], choices.Select(c => c.Code + " " + c.Name));
    }

    [Theory]
    [InlineData("kab bekasi")]
    [InlineData("depok")]
    [InlineData("Cikarang Barat")]
    public void RegionChoices_NotAmbiguous_IsEmpty(string region)
    {
        var choices = SignUpFieldValidator.RegionChoices(region);

        Assert.Empty(choices);
    }

    [Fact]
    public void Occupation_OverSixtyCharacters_AsksToKeepItShort()
    {
        var check = SignUpFieldValidator.Occupation(new string('x', Occupations.MaxTypedLength + 1), Language.Id);

        Assert.Equal((false, "Tulis singkat saja (paling banyak 60 huruf), atau pilih tombol."), (check.IsValid, check.Problem));
    }

    [Theory]
    [InlineData("wa", ContactMethod.WhatsApp)]
    [InlineData("Telp", ContactMethod.PhoneCall)]
    [InlineData("discord", ContactMethod.Discord)]
    public void Contact_TypedName_IsRead(string typed, ContactMethod expected)
    {
        var check = SignUpFieldValidator.Contact(typed, Language.Id);

        Assert.Equal((true, expected), (check.IsValid, check.Value));
    }

    [Theory]
    [InlineData("mau", true)]
    [InlineData("nggak", false)]
    public void NewsOptIn_TypedAnswer_IsRead(string typed, bool expected)
    {
        var check = SignUpFieldValidator.NewsOptIn(typed, Language.Id);

        Assert.Equal((true, expected), (check.IsValid, check.Value));
    }

    [Theory]
    [InlineData("setuju", true)]
    [InlineData("tidak setuju", false)]
    public void Consent_TypedAnswer_IsRead(string typed, bool expected)
    {
        var check = SignUpFieldValidator.Consent(typed, Language.Id);

        Assert.Equal((true, expected), (check.IsValid, check.Value));
    }

    [Fact]
    public void Consent_Unclear_AsksForOneOfTheTwo()
    {
        var check = SignUpFieldValidator.Consent("mungkin", Language.En);

        Assert.Equal((false, "Pick I agree or I do not agree."), (check.IsValid, check.Problem));
    }
}
