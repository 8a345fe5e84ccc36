using Jamsos.Outreach.Bot.Channels.Discord.Rendering;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Discord;

public sealed class MessageSplitterTests
{
    [Fact]
    public void Split_4500Characters_ThreeChunksOfAtMost2000()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 45).Select(i => new string((char)('a' + (i % 26)), 98)));

        var chunks = MessageSplitter.Split(text);

        Assert.Equal((3, true), (chunks.Count, chunks.All(c => c.Length <= 2000)));
    }

    [Fact]
    public void Split_OnParagraphBoundaries_LosesNoWords()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 300).Select(i => $"kata{i} lain{i}"));

        var chunks = MessageSplitter.Split(text, 500);

        Assert.Equal(text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries), chunks.SelectMany(c => c.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Split_InsideACodeFence_ClosesAndReopensItSoEveryChunkIsBalanced()
    {
        var text = "Intro\n```\n" + string.Join("\n", Enumerable.Range(0, 400).Select(i => $"line {i}")) + "\n```\nOutro";

        var chunks = MessageSplitter.Split(text);

        Assert.True(chunks.Count > 1 && chunks.All(c => c.Length <= 2000 && CountFences(c) % 2 == 0), string.Join("\n----\n", chunks.Select(c => c[..Math.Min(40, c.Length)])));
    }

    [Fact]
    public void Split_NeverBreaksASurrogatePair()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 1500));

        var chunks = MessageSplitter.Split(text);

        Assert.True(chunks.All(c => c.Length <= 2000 && !char.IsHighSurrogate(c[^1]) && !char.IsLowSurrogate(c[0])));
    }

    [Fact]
    public void Split_NeverSeparatesAnEscapingBackslashFromItsCharacter()
    {
        var text = string.Concat(Enumerable.Repeat("\\*", 1500));

        var chunks = MessageSplitter.Split(text);

        Assert.True(chunks.All(c => c.Length <= 2000 && c.StartsWith("\\*", StringComparison.Ordinal) && c.EndsWith("\\*", StringComparison.Ordinal)));
    }

    private static int CountFences(string text) => (text.Length - text.Replace("```", string.Empty, StringComparison.Ordinal).Length) / 3;
}
