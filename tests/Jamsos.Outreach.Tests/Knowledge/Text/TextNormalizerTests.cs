using Jamsos.Outreach.Knowledge.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Text;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Normalize_UpperCase_IsLowered()
    {
        var text = TextNormalizer.Normalize("BERAPA Iuran BPJS");

        Assert.Equal("berapa iuran bpjs", text);
    }

    [Fact]
    public void Normalize_StretchedLetters_AreSqueezedToOne()
    {
        var text = TextNormalizer.Normalize("mahal bangettt");

        Assert.Equal("mahal banget", text);
    }

    [Fact]
    public void Normalize_DoubleLetters_AreKept()
    {
        var text = TextNormalizer.Normalize("saat maaf");

        Assert.Equal("saat maaf", text);
    }

    [Fact]
    public void Normalize_ControlCharacters_BecomeSpaces()
    {
        var text = TextNormalizer.Normalize("iuran\u0000\u0007\u001b[31mojol");

        Assert.Equal("iuran 31mojol", text);
    }

    [Fact]
    public void Normalize_Emoji_AreRemoved()
    {
        var text = TextNormalizer.Normalize("halo 😀🙏🔥 min");

        Assert.Equal("halo min", text);
    }

    [Fact]
    public void Normalize_OnlyEmoji_IsEmpty()
    {
        var text = TextNormalizer.Normalize("😀🙏🔥");

        Assert.Empty(text);
    }

    [Fact]
    public void Normalize_Accents_AreFolded()
    {
        var text = TextNormalizer.Normalize("Café Jum'at");

        Assert.Equal("cafe jumat", text);
    }

    [Fact]
    public void Normalize_ThousandsSeparatorBetweenDigits_IsKept()
    {
        var text = TextNormalizer.Normalize("Rp3.000.000, ya.");

        Assert.Equal("rp3.000.000 ya", text);
    }

    [Fact]
    public void Normalize_Markup_BecomesWords()
    {
        var text = TextNormalizer.Normalize("<script>alert(1)</script>");

        Assert.Equal("script alert 1 script", text);
    }

    [Fact]
    public void Normalize_100KilobyteInput_IsCappedAtMaxInputLength()
    {
        var input = string.Concat(Enumerable.Repeat("iuran ojol ", 10_000));

        var text = TextNormalizer.Normalize(input);

        Assert.InRange(text.Length, 1, TextNormalizer.MaxInputLength);
    }

    [Fact]
    public void Normalize_Null_IsEmpty()
    {
        var text = TextNormalizer.Normalize(null);

        Assert.Empty(text);
    }
}
