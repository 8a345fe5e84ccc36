using Jamsos.Outreach.Bot.Core.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Text;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("0812-3456-7890", "+6281234567890")]
    [InlineData("0812 3456 7890", "+6281234567890")]
    [InlineData("+62 812 3456 7890", "+6281234567890")]
    [InlineData("6281234567890", "+6281234567890")]
    [InlineData("(021) 555-1234", "+62215551234")]
    public void TryNormalize_CommonWritings_GiveOneNumber(string written, string expected)
    {
        Assert.Equal((true, expected), (PhoneNumber.TryNormalize(written, out var e164), e164));
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("0812-3456-7890 ext")]
    [InlineData("+1 202 555 0100")]
    public void TryNormalize_NotAnIndonesianNumber_IsRefused(string written)
    {
        Assert.False(PhoneNumber.TryNormalize(written, out _));
    }

    [Theory]
    [InlineData("+6281234567890", "0812-3456-7890")]
    [InlineData("+628123456789", "0812-3456-789")]
    [InlineData("+62215551234", "0215551234")]
    [InlineData("not a number", "not a number")]
    public void ForDisplay_ANormalisedNumber_IsTheNationalFormPeopleWrite(string e164, string expected)
    {
        Assert.Equal(expected, PhoneNumber.ForDisplay(e164));
    }
}
