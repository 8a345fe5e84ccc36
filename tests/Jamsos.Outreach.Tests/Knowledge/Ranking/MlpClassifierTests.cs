using Jamsos.Outreach.Knowledge.Ranking;
using Xunit;

namespace Jamsos.Outreach.Tests.Knowledge.Ranking;

/// <summary>The hidden-layer network: it learns what a linear model cannot, deterministically, and survives the cache's disk round trip.</summary>
public sealed class MlpClassifierTests
{
    private static readonly MlpOptions Small = new() { Hidden = 16, Epochs = 300, LearningRate = 0.1f, InitScale = 0.5, Dropout = 0, Bags = 1 };

    [Fact]
    public void Train_ExclusiveOr_LearnsWhatTheLinearModelCannot()
    {
        var data = ExclusiveOr();

        var network = MlpClassifier.Train(data, 2, 2, Small);
        var linear = SoftmaxClassifier.Train(data, 2, 2, new SoftmaxOptions { Epochs = 300, Bags = 1 });

        Assert.Equal(4, data.Count(e => Predicted(network.Predict, e.Features) == e.Label));
        Assert.True(data.Count(e => Predicted(linear.Predict, e.Features) == e.Label) < 4);
    }

    [Fact]
    public void Predict_GivesProbabilitiesThatSumToOne()
    {
        var network = MlpClassifier.Train(Examples(), 12, 3, new MlpOptions { Hidden = 8, Epochs = 5 });
        var probabilities = new double[3];

        network.Predict(new SparseFeatures([0, 5], [0.7f, 0.7f]), probabilities);

        Assert.All(probabilities, p => Assert.InRange(p, 0, 1));
        Assert.Equal(1, probabilities.Sum(), 5);
    }

    [Fact]
    public void Train_Twice_GivesTheSameProbabilities()
    {
        var options = new MlpOptions { Hidden = 8, Epochs = 5, Bags = 3 };

        var first = MlpClassifier.Train(Examples(), 12, 3, options);
        var second = MlpClassifier.Train(Examples(), 12, 3, options);

        foreach (var (features, _) in Examples())
        {
            Assert.Equal(Probabilities(first, features), Probabilities(second, features));
        }
    }

    [Fact]
    public void Predict_Bagged_IsTheAverageOfItsMembers()
    {
        var options = new MlpOptions { Hidden = 8, Epochs = 5, Bags = 3 };
        var bagged = MlpClassifier.Train(Examples(), 12, 3, options);
        var members = Enumerable.Range(0, 3)
            .Select(k => MlpClassifier.Train(Examples(), 12, 3, options with { Bags = 1, Seed = options.Seed + (MlpClassifier.BagSeedStep * k) }))
            .ToArray();
        var features = new SparseFeatures([1, 6, 11], [0.5f, 0.5f, 0.5f]);

        var each = members.Select(m => Probabilities(m, features)).ToArray();

        Assert.NotEqual(each[0], each[1]);
        var average = Enumerable.Range(0, 3).Select(c => each.Sum(p => p[c]) / 3).ToArray();
        var actual = Probabilities(bagged, features);
        for (var c = 0; c < 3; c++)
        {
            Assert.Equal(average[c], actual[c], 12);
        }
    }

    [Fact]
    public void WriteThenRead_GivesTheSamePredictions()
    {
        var network = MlpClassifier.Train(Examples(), 12, 3, new MlpOptions { Hidden = 8, Epochs = 5, Bags = 2 });
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            network.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var read = MlpClassifier.Read(reader);

        Assert.Equal(stream.Length, stream.Position);
        Assert.Equal(network.MemberCount, read.MemberCount);
        foreach (var (features, _) in Examples())
        {
            Assert.Equal(Probabilities(network, features), Probabilities(read, features));
        }
    }

    [Fact]
    public void Read_DamagedFile_Throws()
    {
        var network = MlpClassifier.Train(Examples(), 12, 3, new MlpOptions { Hidden = 8, Epochs = 1, Bags = 1 });
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            network.Write(writer);
        }

        var bytes = stream.ToArray();
        var truncated = bytes[..^4];
        var badCount = (byte[])bytes.Clone();
        BitConverter.GetBytes(100_000).CopyTo(badCount, 0);
        var badShape = (byte[])bytes.Clone();
        BitConverter.GetBytes(7).CopyTo(badShape, 12); // hidden units: not a whole number of vectors

        Assert.Throws<EndOfStreamException>(() => MlpClassifier.Read(new BinaryReader(new MemoryStream(truncated))));
        Assert.Throws<InvalidDataException>(() => MlpClassifier.Read(new BinaryReader(new MemoryStream(badCount))));
        Assert.Throws<InvalidDataException>(() => MlpClassifier.Read(new BinaryReader(new MemoryStream(badShape))));
    }

    private static int Predicted(Action<SparseFeatures, Span<double>> predict, SparseFeatures features)
    {
        var p = new double[2];
        predict(features, p);
        return p[1] > p[0] ? 1 : 0;
    }

    private static double[] Probabilities(MlpClassifier network, SparseFeatures features)
    {
        var p = new double[network.ClassCount];
        network.Predict(features, p);
        return p;
    }

    /// <summary>Class 1 when both features or neither are present, class 0 when one is: no weighted sum of the two separates them.</summary>
    private static List<(SparseFeatures Features, int Label)> ExclusiveOr() =>
    [
        (new SparseFeatures([0], [1f]), 0),
        (new SparseFeatures([1], [1f]), 0),
        (new SparseFeatures([0, 1], [1f, 1f]), 1),
        (SparseFeatures.Empty, 1),
    ];

    /// <summary>Three classes, each with its own four features, two per example.</summary>
    private static List<(SparseFeatures Features, int Label)> Examples()
    {
        var examples = new List<(SparseFeatures, int)>();
        for (var c = 0; c < 3; c++)
        {
            for (var i = 0; i < 4; i++)
            {
                var a = (c * 4) + i;
                var b = (c * 4) + ((i + 1) % 4);
                examples.Add((new SparseFeatures([Math.Min(a, b), Math.Max(a, b)], [0.7f, 0.7f]), c));
            }
        }

        return examples;
    }
}
