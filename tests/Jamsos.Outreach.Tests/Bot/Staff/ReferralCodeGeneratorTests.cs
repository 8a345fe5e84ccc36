using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Staff;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Staff;

public sealed class ReferralCodeGeneratorTests
{
    [Fact]
    public void Next_ManyCodes_AllAcceptedByTheStartParser()
    {
        var generator = new ReferralCodeGenerator();

        var codes = Enumerable.Range(0, 500).Select(_ => generator.Next()).ToList();

        Assert.All(codes, code =>
        {
            var payload = "ref_" + code;
            Assert.True(payload.StartsWith("ref_", StringComparison.Ordinal) && ReferralCode.TryParse(payload[4..], out var parsed) && parsed == code, code);
        });
    }

    [Fact]
    public void Next_ManyCodes_UseOnlyUnambiguousCharactersAndFixedLength()
    {
        var generator = new ReferralCodeGenerator();

        var codes = Enumerable.Range(0, 500).Select(_ => generator.Next()).ToList();

        Assert.All(codes, code => Assert.True(code.Length == ReferralCodeGenerator.Length && code.All(c => !"01OIL".Contains(c, StringComparison.Ordinal)), code));
    }

    [Fact]
    public void Next_FirstDrawTaken_DrawsAgain()
    {
        var sequence = new Queue<int>([.. Enumerable.Repeat(0, 6), .. Enumerable.Repeat(1, 6)]);
        var generator = new ReferralCodeGenerator(_ => sequence.Dequeue());

        var code = generator.Next(taken: ["222222"]);

        Assert.Equal("333333", code);
    }

    [Fact]
    public void Next_TakenIgnoringCase_IsNotReturned()
    {
        var sequence = new Queue<int>([.. Enumerable.Repeat(8, 6), .. Enumerable.Repeat(9, 6)]);
        var generator = new ReferralCodeGenerator(_ => sequence.Dequeue());

        var code = generator.Next(taken: ["aaaaaa"]);

        Assert.Equal("BBBBBB", code);
    }

    [Fact]
    public void Next_EveryDrawTaken_Throws()
    {
        var generator = new ReferralCodeGenerator(_ => 0);

        Assert.Throws<InvalidOperationException>(() => generator.Next(taken: ["222222"]));
    }
}
