using Jamsos.Outreach.Knowledge.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Text;

public sealed class ContributionMonthTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData("iuran ojol bulan april 2027 berapa", 2027, 4)]
    [InlineData("how much is the contribution for april 2027", 2027, 4)]
    [InlineData("iuran bulan januari berapa", 2027, 1)]
    [InlineData("bayar iuran desember brp", 2026, 12)]
    [InlineData("iuran bulan mei tahun 2026 dapat diskon", 2026, 5)]
    [InlineData("iuran des 2026 brp", 2026, 12)]
    [InlineData("berapa iuran bulan depan", 2027, 1)]
    [InlineData("how much do i pay next month", 2027, 1)]
    [InlineData("januari nanti bayar brp", 2027, 1)]
    [InlineData("sy pedagang pasar januari nanti bayar brp", 2027, 1)]
    [InlineData("mulai januari iurannya naik lagi ya", 2027, 1)]
    [InlineData("wiwit januari iurane pira", 2027, 1)]
    public void Read_ANamedContributionMonth_IsThatMonth(string text, int year, int month) =>
        Assert.Equal(new DateOnly(year, month, 1), ContributionMonth.Read(text, Today));

    [Theory]
    [InlineData("iuran bpjs tk berapa")]
    [InlineData("sy daftar bulan april kmrn iuran sy brp")]
    [InlineData("iuran saya bulan april lalu belum masuk")]
    [InlineData("may i pay for six months")]
    [InlineData("des kami jauh dari kantor iuran brp")]
    [InlineData("saya lahir april iuran brp")]
    [InlineData("daftar bulan april iuran brp")]
    [InlineData("januari kemarin bayar brp")]
    [InlineData("ojol januari sampai maret masih diskon")]
    [InlineData("")]
    public void Read_NoContributionMonth_IsNull(string text) =>
        Assert.Null(ContributionMonth.Read(text, Today));
}
