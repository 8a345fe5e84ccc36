using System.Text;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Text;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Answering;

/// <summary>
/// Hostile and broken messages: the engine must answer calmly from its own content, never throw, never
/// echo the input, and never pass markup, links or SQL through. Cases are named so test names stay short.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class AnswererBadInputTests
{
    private static readonly string[] Forbidden = ["<script>", "javascript:", "DROP TABLE"];

    private static readonly Dictionary<string, string> Inputs = new(StringComparer.Ordinal)
    {
        ["empty"] = string.Empty,
        ["spaces"] = "   ",
        ["tabs and newlines"] = "\t\r\n \n",
        ["100 KB of random text"] = RandomText(100 * 1024, seed: 42),
        ["control characters"] = "\u0000\u0007\u001b[31m",
        ["emoji only"] = "😀🙏🔥",
        ["mixed scripts"] = "مرحبا 你好 iuran بكم 多少钱 bpjs",
        ["sql"] = "'; DROP TABLE signups; --",
        ["html"] = "<script>alert(1)</script>",
        ["markdown link"] = "**[x](javascript:alert(1))**",
        ["50,000-character word"] = new string('a', 50_000),
        ["50,000 digits"] = new string('9', 50_000),
        ["lone surrogate"] = "iuran \ud83d ojol",
        ["right-to-left override"] = "\u202eiuran ojol\u202c",
    };

    private readonly Answerer answerer;

    public AnswererBadInputTests(KnowledgeFixture fixture)
    {
        answerer = fixture.Answerer;
    }

    public static TheoryData<string> Cases() => new(Inputs.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Answer_BadInput_ReturnsNonEmptyText(string name)
    {
        var result = answerer.Answer(Inputs[name], KnowledgeFixture.Today);

        Assert.False(string.IsNullOrWhiteSpace(result.Text));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Answer_BadInput_EndsWithSourceLineExactlyWhenItAnswers(string name)
    {
        var result = answerer.Answer(Inputs[name], KnowledgeFixture.Today);

        // The empty and "Maksud Anda…?" replies state no fact and carry no source line (issue 15, point 7).
        Assert.Equal(result.Answered && result.Intent != Intents.Greeting, result.Text.Split('\n')[^1].StartsWith(result.Language == Language.En ? "Source:" : "Sumber:", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Answer_BadInput_NeverContainsMarkupLinksOrSql(string name)
    {
        var result = answerer.Answer(Inputs[name], KnowledgeFixture.Today);

        Assert.DoesNotContain(Forbidden, f => result.Text.Contains(f, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Answer_BadInput_NeverEchoesTheInput(string name)
    {
        var input = Inputs[name];

        var result = answerer.Answer(input, KnowledgeFixture.Today);

        Assert.True(string.IsNullOrWhiteSpace(input) || !result.Text.Contains(input.Trim(), StringComparison.Ordinal), "the answer repeats the input");
    }

    [Fact]
    public void Answer_Null_ReturnsUnknownIntent()
    {
        var result = answerer.Answer(null, KnowledgeFixture.Today);

        Assert.Equal(Intents.Unknown, result.Intent);
    }

    [Fact]
    public void Answer_Sql_IsTreatedAsAbuse()
    {
        var result = answerer.Answer(Inputs["sql"], KnowledgeFixture.Today);

        Assert.Equal(Intents.Abuse, result.Intent);
    }

    [Fact]
    public void Answer_QuestionAfterMaxInputLength_IsIgnored()
    {
        var question = new string(' ', TextNormalizer.MaxInputLength) + "brp iuran bpjs tk buat ojol?";

        var result = answerer.Answer(question, KnowledgeFixture.Today);

        Assert.Equal(Intents.Unknown, result.Intent);
    }

    /// <summary>Deterministic letters, digits, spaces and punctuation (a fixed LCG: the same text every run).</summary>
    private static string RandomText(int length, int seed)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 .,;:!?'\"<>/\\()[]{}-_=+*&^%$#@~`|";
        var text = new StringBuilder(length);
        var state = (uint)seed;
        for (var i = 0; i < length; i++)
        {
            state = unchecked((state * 1_664_525u) + 1_013_904_223u);
            text.Append(alphabet[(int)((state >> 16) % (uint)alphabet.Length)]);
        }

        return text.ToString();
    }
}
