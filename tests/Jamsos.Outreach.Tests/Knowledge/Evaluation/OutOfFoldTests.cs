using Jamsos.Outreach.Knowledge.Content;
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

    [Fact]
    public void For_AskedQuestion_EngineSawNoneOfItsBatch()
    {
        var engines = OutOfFold.Build(knowledge.Answerer, 5);
        var asked = knowledge.Knowledge.Asked.First(a => a.Batch is not null);

        var engine = engines.For(asked.Question);

        Assert.DoesNotContain(engine.Knowledge.Asked, a => a.Batch == asked.Batch);
        Assert.NotEmpty(engine.Knowledge.Asked);
    }

    [Fact]
    public void Assign_WholeBatchesLargestFirstToTheSmallestFold_LooseQuestionsSpread()
    {
        AskedQuestion[] asked =
        [
            .. Enumerable.Range(0, 6).Select(i => new AskedQuestion($"a{i}", "e", Batch: "big")),
            .. Enumerable.Range(0, 4).Select(i => new AskedQuestion($"b{i}", "e", Batch: "middle")),
            .. Enumerable.Range(0, 3).Select(i => new AskedQuestion($"c{i}", "e", Batch: "small")),
            new AskedQuestion("loose one", "e"),
            new AskedQuestion("loose two", "e"),
        ];

        var fold = OutOfFold.Assign(asked, 2);

        Assert.All(Enumerable.Range(0, 6), i => Assert.Equal(0, fold[$"a{i}"]));
        Assert.All(Enumerable.Range(0, 4), i => Assert.Equal(1, fold[$"b{i}"]));
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(1, fold[$"c{i}"])); // 4 < 6: the smaller fold takes it
        Assert.Equal(0, fold["loose one"]);
        Assert.Equal(1, fold["loose two"]);
    }

    [Fact]
    public void Read_FromColumn_IsTheBatch()
    {
        Assert.Contains(knowledge.Knowledge.Asked, a => a.Batch == "corpus_dev18");
        Assert.DoesNotContain(knowledge.Knowledge.Asked, a => a.Batch is "" or "from");
    }
}
