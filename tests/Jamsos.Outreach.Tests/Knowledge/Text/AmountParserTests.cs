using Jamsos.Outreach.Knowledge.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Text;

public sealed class AmountParserTests
{
    [Theory]
    [InlineData("3jt", 3_000_000)]
    [InlineData("3 juta", 3_000_000)]
    [InlineData("3,5jt", 3_500_000)]
    [InlineData("3,5 juta", 3_500_000)]
    [InlineData("1.5 juta", 1_500_000)]
    [InlineData("3.000.000", 3_000_000)]
    [InlineData("3,000,000", 3_000_000)]
    [InlineData("3000000", 3_000_000)]
    [InlineData("16rb", 16_000)]
    [InlineData("16.800", 16_800)]
    [InlineData("800 ribu", 800_000)]
    [InlineData("800k", 800_000)]
    [InlineData("Rp 3.000.000", 3_000_000)]
    [InlineData("Rp3.000.000", 3_000_000)]
    [InlineData("2 million", 2_000_000)]
    public void Analyze_WrittenAmount_ReadsValue(string text, long expected)
    {
        var analyzed = Analyzer.Analyze("penghasilan " + text + " sebulan");

        Assert.Equal([(decimal)expected], analyzed.Amounts);
    }

    [Fact]
    public void Analyze_Amount_IsReplacedByAmountToken()
    {
        var analyzed = Analyzer.Analyze("gaji 3jt");

        Assert.Equal(Analyzer.AmountToken, analyzed.Tokens[^1]);
    }

    [Fact]
    public void TryRead_NumberThenUnitWord_ConsumesTwoTokens()
    {
        string[] tokens = ["3", "juta", "iuran"];

        AmountParser.TryRead(tokens, 0, out _, out var consumed);

        Assert.Equal(2, consumed);
    }

    [Fact]
    public void TryRead_NumberWithSuffix_ConsumesOneToken()
    {
        string[] tokens = ["3jt", "iuran"];

        AmountParser.TryRead(tokens, 0, out _, out var consumed);

        Assert.Equal(1, consumed);
    }

    [Fact]
    public void TryRead_UnknownSuffix_IsNotAnAmount()
    {
        string[] tokens = ["3x"];

        var read = AmountParser.TryRead(tokens, 0, out _, out _);

        Assert.False(read);
    }

    [Fact]
    public void TryRead_Word_IsNotAnAmount()
    {
        string[] tokens = ["juta"];

        var read = AmountParser.TryRead(tokens, 0, out _, out _);

        Assert.False(read);
    }

    [Fact]
    public void TryRead_Zero_IsNotAnAmount()
    {
        string[] tokens = ["0"];

        var read = AmountParser.TryRead(tokens, 0, out _, out _);

        Assert.False(read);
    }

    [Fact]
    public void TryRead_HugeNumber_IsRejected()
    {
        string[] tokens = ["99999999999999999999"];

        var read = AmountParser.TryRead(tokens, 0, out _, out _);

        Assert.False(read);
    }
}
