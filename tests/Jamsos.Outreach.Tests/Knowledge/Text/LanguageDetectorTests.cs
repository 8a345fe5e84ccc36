using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Text;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("how much do informal workers pay per month", Language.En)]
    [InlineData("can I join if I am a freelancer", Language.En)]
    [InlineData("brp iuran bpjs tk buat ojol", Language.Id)]
    [InlineData("piye carane daftar", Language.Id)]
    [InlineData("kumaha cara daftar bpjs tk", Language.Id)]
    [InlineData("bpjs jkk", Language.Id)]
    public void Detect_Question_IsItsLanguage(string question, Language expected)
    {
        var analyzed = Analyzer.Analyze(question);

        var language = LanguageDetector.Detect(analyzed.Normalized, analyzed.Tokens);

        Assert.Equal(expected, language);
    }
}
