using Jamsos.Outreach.Knowledge.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Text;

/// <summary>Slang, abbreviations, regional words and known names, mapped to canonical tokens.</summary>
public sealed class AnalyzerTests
{
    [Theory]
    [InlineData("brp", "berapa")]
    [InlineData("gmn", "bagaimana")]
    [InlineData("gak", "tidak")]
    [InlineData("ga", "tidak")]
    [InlineData("klo", "kalau")]
    [InlineData("yg", "yang")]
    [InlineData("skrg", "sekarang")]
    [InlineData("piye", "bagaimana")]
    [InlineData("ora", "tidak")]
    [InlineData("iso", "bisa")]
    [InlineData("kumaha", "bagaimana")]
    [InlineData("teu", "tidak")]
    [InlineData("sabaraha", "berapa")]
    [InlineData("seda", "meninggal")]
    [InlineData("pupus", "meninggal")]
    [InlineData("mulih", "pulang")]
    [InlineData("segara", "laut")]
    [InlineData("leungit", "hilang")]
    [InlineData("beta", "saya")]
    [InlineData("sonde", "tidak")]
    [InlineData("idak", "tidak")]
    [InlineData("katong", "kita")]
    [InlineData("pacak", "bisa")]
    [InlineData("caro", "cara")]
    public void Analyze_SlangWord_MapsToStandardIndonesian(string word, string expected)
    {
        var analyzed = Analyzer.Analyze(word);

        Assert.Equal([expected], analyzed.Tokens);
    }

    [Fact]
    public void Analyze_RegionalMalaySentence_ReadsAsStandardIndonesian()
    {
        var analyzed = Analyzer.Analyze("beta su bayar, tapi sonde tau cakmano cek kartu di kantua");

        Assert.Contains("saya", analyzed.Tokens);
        Assert.Contains("sudah", analyzed.Tokens);
        Assert.Contains("tidak", analyzed.Tokens);
        Assert.Contains("kantor", analyzed.Tokens);
        Assert.DoesNotContain("beta", analyzed.Tokens);
    }

    [Theory]
    [InlineData("ko")] // "kok" in Java, "kamu" in Papua: left as it is
    [InlineData("so")] // English
    [InlineData("dong")] // a softener everywhere
    [InlineData("awak")] // "I" in Medan, "you" in Minang
    [InlineData("seng")] // "not" in Ambon, "that" (sing) in East Java
    [InlineData("nak")] // "want" in Sumatra, "to" in Surabaya
    [InlineData("dak")] // "not" in Palembang, "I'll" in Javanese
    public void Analyze_RegionalWordWithAnotherCommonMeaning_IsLeftAlone(string word)
    {
        var analyzed = Analyzer.Analyze(word);

        Assert.Equal([word], analyzed.Tokens);
    }

    [Theory]
    [InlineData("bpjs tk")]
    [InlineData("BPJS Ketenagakerjaan")]
    [InlineData("naker")]
    [InlineData("jamsostek")]
    [InlineData("bp jamsostek")]
    public void Analyze_NameOfBpjsTk_JoinsToOneToken(string name)
    {
        var analyzed = Analyzer.Analyze(name);

        Assert.Equal(["bpjstk"], analyzed.Tokens);
    }

    [Theory]
    [InlineData("bukan karena kecelakaan kerja")]
    [InlineData("dudu merga kecelakan kerja")]
    [InlineData("not a work accident")]
    [InlineData("bukan gara2 kerja")]
    [InlineData("bukan pas kerja")]
    public void Analyze_CauseThatIsNotAWorkAccident_JoinsToOneToken(string phrase)
    {
        var analyzed = Analyzer.Analyze(phrase);

        Assert.Equal(["bukankecelakaankerja"], analyzed.Tokens);
    }

    [Theory]
    [InlineData("ojol", "ojol")]
    [InlineData("ojek online", "ojol")]
    [InlineData("gojek", "ojol")]
    [InlineData("opang", "opang")]
    [InlineData("ojek pangkalan", "opang")]
    public void Analyze_TransportWorkerName_MapsToCanonicalToken(string name, string expected)
    {
        var analyzed = Analyzer.Analyze(name);

        Assert.Equal([expected], analyzed.Tokens);
    }

    [Fact]
    public void Analyze_FullSlangQuestion_YieldsCanonicalTokens()
    {
        var analyzed = Analyzer.Analyze("brp iuran bpjs tk buat ojol?");

        Assert.Equal(["berapa", "iuran", "bpjstk", "untuk", "ojol"], analyzed.Tokens);
    }

    [Fact]
    public void Analyze_Empty_IsEmpty()
    {
        var analyzed = Analyzer.Analyze("   ");

        Assert.True(analyzed.IsEmpty);
    }

    [Fact]
    public void Analyze_ManyWords_StopsAtMaxTokens()
    {
        var analyzed = Analyzer.Analyze(string.Concat(Enumerable.Repeat("iuran ", 1_000)));

        Assert.Equal(Analyzer.MaxTokens, analyzed.Tokens.Count);
    }

    [Fact]
    public void Terms_StopWordsAndParticles_AreDropped()
    {
        var tokens = Analyzer.Analyze("saya mau tanya dong iuran").Tokens;

        var terms = Analyzer.Terms(tokens, Jamsos.Outreach.Knowledge.Content.Language.Id);

        Assert.Equal(["iur"], terms);
    }
}
