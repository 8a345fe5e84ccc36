using Jamsos.Outreach.Knowledge.Ranking;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Ranking;

/// <summary>The maximum-entropy model: deterministic training, and bagging that averages its members' weights.</summary>
public sealed class SoftmaxClassifierTests
{
    private const int Features = 12;
    private const int Classes = 3;

    [Fact]
    public void Train_Bagged_IsTheAverageOfItsMembersInMemberOrder()
    {
        var data = Examples();
        var options = new SoftmaxOptions { Bags = 3 };
        var single = new SoftmaxOptions { Bags = 1 };

        var bagged = SoftmaxClassifier.Train(data, Features, Classes, options);
        var members = Enumerable.Range(0, 3)
            .Select(k => SoftmaxClassifier.Train(data, Features, Classes, single with { Seed = options.Seed + (SoftmaxClassifier.BagSeedStep * k) }).Weights.ToArray())
            .ToArray();

        Assert.NotEqual(members[0], members[1]);
        var expected = Enumerable.Range(0, members[0].Length).Select(i => (members[0][i] + members[1][i] + members[2][i]) * (1f / 3)).ToArray();
        Assert.Equal(expected, bagged.Weights.ToArray());
    }

    [Fact]
    public void Train_BaggedTwice_GivesTheSameWeights()
    {
        var data = Examples();

        var first = SoftmaxClassifier.Train(data, Features, Classes, new SoftmaxOptions { Bags = 4 });
        var second = SoftmaxClassifier.Train(data, Features, Classes, new SoftmaxOptions { Bags = 4 });

        Assert.Equal(first.Weights.ToArray(), second.Weights.ToArray());
    }

    [Fact]
    public void Train_Bagged_StillLearnsTheClasses()
    {
        var model = SoftmaxClassifier.Train(Examples(), Features, Classes, new SoftmaxOptions { Bags = 3 });
        var probabilities = new double[Classes];

        for (var c = 0; c < Classes; c++)
        {
            model.Predict(new SparseFeatures([c * 4, (c * 4) + 1], [0.7f, 0.7f]), probabilities);
            Assert.Equal(c, Array.IndexOf(probabilities, probabilities.Max()));
        }
    }

    /// <summary>Three classes, each with its own four features, two per example.</summary>
    private static List<(SparseFeatures Features, int Label)> Examples()
    {
        var examples = new List<(SparseFeatures, int)>();
        for (var c = 0; c < Classes; c++)
        {
            for (var i = 0; i < 4; i++)
            {
                var a = c * 4 + i;
                var b = c * 4 + ((i + 1) % 4);
                var ids = new[] { Math.Min(a, b), Math.Max(a, b) };
                examples.Add((new SparseFeatures(ids, [0.7f, 0.7f]), c));
            }
        }

        return examples;
    }
}
