using Jamsos.Outreach.Knowledge.Evaluation;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Evaluation;

/// <summary>
/// The development figures are out-of-fold: a question the ranker trains on (content/asked/) is
/// answered by an engine trained without it; any other question by the full engine.
/// </summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class OutOfFoldTests(KnowledgeFixture knowledge)
{
    [Fact]
    public void For_AskedQuestion_EngineDidNotTrainOnIt()
    {
        var engines = OutOfFold.Build(knowledge.Answerer, 2);
        var question = knowledge.Knowledge.Asked[0].Question;

        var engine = engines.For(question);

        Assert.DoesNotContain(engine.Knowledge.Asked, a => a.Question == question);
    }

    [Fact]
    public void For_QuestionNobodyTrainedOn_IsTheFullEngine()
    {
        var engines = OutOfFold.Build(knowledge.Answerer, 2);

        var engine = engines.For("pertanyaan yang tidak ada di data latih mana pun");

        Assert.Same(knowledge.Answerer, engine);
    }
}
