using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Text;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Text;

/// <summary>The kind of answer a question wants, read from its focus sentence.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class AnswerKindDetectorTests(KnowledgeFixture knowledge)
{
    [Theory]
    [InlineData("apa itu jkk?", AnswerKind.Definition)]
    [InlineData("what is JHT?", AnswerKind.Definition)]
    [InlineData("kapan paling lambat bayar iuran?", AnswerKind.Time)]
    [InlineData("berapa lama klaim jkm cair?", AnswerKind.Time)]
    [InlineData("gimana cara daftar bpu?", AnswerKind.HowTo)]
    [InlineData("kantor bpjs tk di mana?", AnswerKind.Place)]
    [InlineData("berapa iuran ojol sebulan?", AnswerKind.Amount)]
    [InlineData("apakah ibu rumah tangga bisa ikut?", AnswerKind.YesNo)]
    [InlineData("can I pay for a whole year?", AnswerKind.YesNo)]
    // A list of what to do or bring, not a yes or no, although "do", "perlu" and "harus" are yes/no words.
    [InlineData("my husband passed away last week, what do I need to claim?", AnswerKind.HowTo)]
    [InlineData("what documents do I need to bring?", AnswerKind.HowTo)]
    [InlineData("what should I do after an accident at work?", AnswerKind.HowTo)]
    [InlineData("apa saja yang perlu disiapkan buat klaim jkm?", AnswerKind.HowTo)]
    [InlineData("berkas apa aja yang harus dibawa?", AnswerKind.HowTo)]
    // Not a list: still a yes or no.
    [InlineData("what do I get if I join, is it covered?", AnswerKind.YesNo)]
    public void Detect_Question_GivesItsKind(string question, AnswerKind expected)
    {
        var view = Discourse.Read(question, knowledge.Answerer.Corrector);

        Assert.Equal(expected, view.Kind);
    }
}
