using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Jamsos.Outreach.Knowledge.Ranking;

/// <summary>
/// A classifier with one hidden layer over the same sparse features as <see cref="SoftmaxClassifier"/>:
/// h = ReLU(b₁ + Σ value·W₁[feature]), p = softmax(b₂ + W₂ᵀh). The hidden layer is a learned, shared
/// representation of the question (features that mean the same thing land near each other), which a linear
/// model over n-grams cannot have; as a second opinion beside the linear model it errs differently.
/// Trained by AdaGrad SGD with dropout on the hidden units, in a fixed example order from a fixed seed: deterministic.
/// With <see cref="MlpOptions.Bags"/> above one, that many networks are trained from their own seeds on their own
/// threads and their probabilities are averaged (a network's units can come out in any order, so unlike the linear
/// model's, its weights cannot be averaged). Immutable after training; <see cref="Predict"/> is safe from any thread.
/// </summary>
public sealed class MlpClassifier
{
    private readonly MlpNetwork[] members;

    private MlpClassifier(MlpNetwork[] members)
    {
        this.members = members;
    }

    public int FeatureCount => members[0].FeatureCount;

    public int ClassCount => members[0].ClassCount;

    /// <summary>The hidden units of each network (rounded up to whole vectors).</summary>
    public int HiddenCount => members[0].HiddenCount;

    /// <summary>How many networks are averaged.</summary>
    public int MemberCount => members.Length;

    /// <summary>How far apart the members' seeds are.</summary>
    internal const int BagSeedStep = 7919;

    /// <summary>Trains on examples of (sparse features, class); feature ids must be below <paramref name="features"/>.</summary>
    public static MlpClassifier Train(IReadOnlyList<(SparseFeatures Features, int Label)> examples, int features, int classes, MlpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var o = options ?? new MlpOptions();
        var bags = Math.Max(1, o.Bags);

        // Dedicated threads, not pool threads: seconds of SGD must not hold back a host's timers and I/O callbacks.
        var others = Enumerable.Range(1, bags - 1)
            .Select(k => Task.Factory.StartNew(
                () => MlpNetwork.Train(examples, features, classes, o, o.Seed + (BagSeedStep * k)),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();
        var first = MlpNetwork.Train(examples, features, classes, o, o.Seed);
        return new MlpClassifier([first, .. others.Select(t => t.GetAwaiter().GetResult())]);
    }

    /// <summary>The probability of every class for these features (fills <paramref name="probabilities"/>): the members' average.</summary>
    public void Predict(SparseFeatures features, Span<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (probabilities.Length != ClassCount)
        {
            throw new ArgumentException($"Expected {ClassCount} slots.", nameof(probabilities));
        }

        probabilities.Clear();
        var scratch = new MlpNetwork.Scratch(members[0]);
        foreach (var member in members)
        {
            member.AddProbabilities(features, scratch, probabilities, 1.0 / members.Length);
        }
    }

    /// <summary>Writes the trained networks; <see cref="Read"/> gives the same classifier back.</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(members.Length);
        foreach (var member in members)
        {
            member.Write(writer);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; throws <see cref="InvalidDataException"/> on anything else.</summary>
    internal static MlpClassifier Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count is <= 0 or > 64)
        {
            throw new InvalidDataException("The hidden-layer classifier's member count is damaged.");
        }

        var members = new MlpNetwork[count];
        for (var i = 0; i < count; i++)
        {
            members[i] = MlpNetwork.Read(reader);
            if (members[i].FeatureCount != members[0].FeatureCount || members[i].ClassCount != members[0].ClassCount || members[i].HiddenCount != members[0].HiddenCount)
            {
                throw new InvalidDataException("The hidden-layer classifier's members do not fit together.");
            }
        }

        return new MlpClassifier(members);
    }
}

/// <summary>One network of <see cref="MlpClassifier"/>.</summary>
internal sealed class MlpNetwork
{
    private readonly float[] hiddenWeights; // feature-major: hiddenWeights[feature * hidden + j]
    private readonly float[] hiddenBias;
    private readonly float[] outputWeights; // unit-major, rows padded to whole vectors: outputWeights[j * stride + class]
    private readonly float[] outputBias;
    private readonly int hidden;
    private readonly int stride;

    private MlpNetwork(int features, int classes, int hidden, int stride, float[] hiddenWeights, float[] hiddenBias, float[] outputWeights, float[] outputBias)
    {
        FeatureCount = features;
        ClassCount = classes;
        this.hidden = hidden;
        this.stride = stride;
        this.hiddenWeights = hiddenWeights;
        this.hiddenBias = hiddenBias;
        this.outputWeights = outputWeights;
        this.outputBias = outputBias;
    }

    public int FeatureCount { get; }

    public int ClassCount { get; }

    public int HiddenCount => hidden;

    /// <summary>One network from one seed.</summary>
    /// <remarks>Optimised at once: training runs once per process, so tiered JIT's quick first compilation would run the whole loop slowly.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MlpNetwork Train(IReadOnlyList<(SparseFeatures Features, int Label)> examples, int features, int classes, MlpOptions o, int seed)
    {
        var width = Vector<float>.Count;
        var hidden = (o.Hidden + width - 1) / width * width;
        var stride = (classes + width - 1) / width * width;
        var random = new Random(seed);

        // Rows of [weights | AdaGrad sums], as in SoftmaxClassifier: one row per touched feature or unit.
        var rows1 = new float[features * 2 * hidden];
        var scale1 = o.InitScale;
        for (var f = 0; f < features; f++)
        {
            var row = rows1.AsSpan(f * 2 * hidden, hidden);
            for (var j = 0; j < hidden; j++)
            {
                row[j] = (float)(((random.NextDouble() * 2) - 1) * scale1);
            }
        }

        var bias1 = new float[2 * hidden];
        var rows2 = new float[hidden * 2 * stride];
        var scale2 = Math.Sqrt(6.0 / (hidden + classes));
        for (var j = 0; j < hidden; j++)
        {
            var row = rows2.AsSpan(j * 2 * stride, classes);
            for (var c = 0; c < classes; c++)
            {
                row[c] = (float)(((random.NextDouble() * 2) - 1) * scale2);
            }
        }

        var bias2 = new float[2 * stride];
        var h = new float[hidden];
        var dh = new float[hidden];
        var g = new float[stride];
        var active = new int[hidden];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var step = new AdaGradStep(o.LearningRate, o.L2);
        var biasStep = new AdaGradStep(o.LearningRate, 0);
        for (var epoch = 0; epoch < o.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (x, label) = examples[index];
                var count = Forward(rows1, 2 * hidden, bias1, rows2, 2 * stride, bias2, hidden, stride, x, h, active, g, o.Dropout, random);
                SoftmaxClassifier.SoftmaxInPlace(g.AsSpan(0, classes));
                g.AsSpan(classes).Clear();
                g[label] -= 1;

                // Back through the output layer before it changes.
                Array.Clear(dh);
                for (var a = 0; a < count; a++)
                {
                    var j = active[a];
                    dh[j] = Dot(rows2.AsSpan(j * 2 * stride, stride), g);
                }

                for (var a = 0; a < count; a++)
                {
                    var j = active[a];
                    step.Apply(rows2.AsSpan(j * 2 * stride, 2 * stride), h[j], g);
                }

                biasStep.Apply(bias2, 1f, g);
                for (var k = 0; k < x.Ids.Length; k++)
                {
                    step.Apply(rows1.AsSpan(x.Ids[k] * 2 * hidden, 2 * hidden), x.Values[k], dh);
                }

                biasStep.Apply(bias1, 1f, dh);
            }
        }

        var w1 = new float[features * hidden];
        for (var f = 0; f < features; f++)
        {
            Array.Copy(rows1, f * 2 * hidden, w1, f * hidden, hidden);
        }

        var w2 = new float[hidden * stride];
        for (var j = 0; j < hidden; j++)
        {
            Array.Copy(rows2, j * 2 * stride, w2, j * stride, stride);
        }

        return new MlpNetwork(features, classes, hidden, stride, w1, bias1[..hidden], w2, bias2[..stride]);
    }

    /// <summary>Buffers for one prediction, sized for a network.</summary>
    internal sealed class Scratch(MlpNetwork network)
    {
        public float[] Hidden { get; } = new float[network.hidden];

        public int[] Active { get; } = new int[network.hidden];

        public float[] Scores { get; } = new float[network.stride];
    }

    /// <summary>Adds <paramref name="weight"/> times this network's probability of every class to <paramref name="probabilities"/>.</summary>
    public void AddProbabilities(SparseFeatures features, Scratch scratch, Span<double> probabilities, double weight)
    {
        Forward(hiddenWeights, hidden, hiddenBias, outputWeights, stride, outputBias, hidden, stride, features, scratch.Hidden, scratch.Active, scratch.Scores, 0, null);
        SoftmaxClassifier.SoftmaxInPlace(scratch.Scores.AsSpan(0, ClassCount));
        for (var c = 0; c < ClassCount; c++)
        {
            probabilities[c] += weight * scratch.Scores[c];
        }
    }

    /// <summary>Writes the trained weights; <see cref="Read"/> gives the same network back.</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(FeatureCount);
        writer.Write(ClassCount);
        writer.Write(hidden);
        writer.Write(stride);
        writer.Write(MemoryMarshal.AsBytes(hiddenWeights.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(hiddenBias.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(outputWeights.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(outputBias.AsSpan()));
    }

    /// <summary>Reads what <see cref="Write"/> wrote; throws <see cref="InvalidDataException"/> on anything else.</summary>
    internal static MlpNetwork Read(BinaryReader reader)
    {
        var features = reader.ReadInt32();
        var classes = reader.ReadInt32();
        var hidden = reader.ReadInt32();
        var stride = reader.ReadInt32();
        var width = Vector<float>.Count;
        if (features <= 0 || classes <= 0 || hidden <= 0 || hidden % width != 0 || hidden > 4096
            || stride != (classes + width - 1) / width * width || (long)features * hidden > int.MaxValue / 4)
        {
            throw new InvalidDataException("The hidden-layer classifier's shape does not fit this machine or is damaged.");
        }

        var w1 = new float[features * hidden];
        var b1 = new float[hidden];
        var w2 = new float[hidden * stride];
        var b2 = new float[stride];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(w1.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(b1.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(w2.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(b2.AsSpan()));
        return new MlpNetwork(features, classes, hidden, stride, w1, b1, w2, b2);
    }

    /// <summary>
    /// h = ReLU(b₁ + Σ value·row₁(feature)) over the first <paramref name="hidden"/> floats of each row, its active
    /// units listed in <paramref name="active"/> (their number returned), and scores = b₂ + Σ h_j·row₂(j).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Forward(float[] w1, int rowLength1, float[] b1, float[] w2, int rowLength2, float[] b2, int hidden, int stride, SparseFeatures x, float[] h, int[] active, float[] scores, float dropout, Random? random)
    {
        var width = Vector<float>.Count;
        SoftmaxClassifier.Scores(w1, rowLength1, b1, hidden, x, h); // the hidden layer before ReLU: the linear model's sparse sum
        var count = 0;
        for (var j = 0; j < hidden; j++)
        {
            if (h[j] > 0 && (random is null || dropout <= 0 || random.NextSingle() >= dropout))
            {
                active[count++] = j;
                if (random is not null && dropout > 0)
                {
                    h[j] /= 1 - dropout;
                }
            }
            else
            {
                h[j] = 0;
            }
        }

        ref var s0 = ref MemoryMarshal.GetArrayDataReference(scores);
        ref var w20 = ref MemoryMarshal.GetArrayDataReference(w2);
        b2.AsSpan(0, stride).CopyTo(scores);
        for (var a = 0; a < count; a++)
        {
            var j = active[a];
            var offset = (nuint)j * (nuint)rowLength2;
            var value = new Vector<float>(h[j]);
            for (var c = 0; c < stride; c += width)
            {
                var at = (nuint)c;
                Vector.StoreUnsafe(Vector.LoadUnsafe(ref s0, at) + (Vector.LoadUnsafe(ref w20, offset + at) * value), ref s0, at);
            }
        }

        return count;
    }

    private static float Dot(ReadOnlySpan<float> a, float[] b)
    {
        var width = Vector<float>.Count;
        var sum = Vector<float>.Zero;
        ref var a0 = ref MemoryMarshal.GetReference(a);
        ref var b0 = ref MemoryMarshal.GetArrayDataReference(b);
        for (var c = 0; c < a.Length; c += width)
        {
            sum += Vector.LoadUnsafe(ref a0, (nuint)c) * Vector.LoadUnsafe(ref b0, (nuint)c);
        }

        return Vector.Sum(sum);
    }
}

/// <summary>
/// Training settings of <see cref="MlpClassifier"/>. Chosen 2026-12-07 out-of-fold on 3,386 development questions, each
/// setting with its own refit blend, against the engine without a network: one network without dropout read 8 intents,
/// 17 entries and 11 top-3 more; three networks without dropout 20, 31 and 10 more; three with dropout 0.3 about 26
/// top-3 more. 256 units, 12 epochs and learning rates 0.1 or 0.02 read within a few questions; 64 units (on 3,603
/// questions) 11 intents and 12 entries fewer than 128. Retraining noise is 2 to 6 questions.
/// </summary>
public sealed record MlpOptions
{
    /// <summary>Hidden units per network (rounded up to whole vectors).</summary>
    public int Hidden { get; init; } = 128;

    public int Epochs { get; init; } = 8;

    public float LearningRate { get; init; } = 0.05f;

    public float L2 { get; init; } = 1e-5f;

    /// <summary>First-layer weights start uniform in ±this.</summary>
    public double InitScale { get; init; } = 0.1;

    /// <summary>The share of hidden units switched off for each training example (inverted dropout).</summary>
    public float Dropout { get; init; } = 0.3f;

    /// <summary>How many networks, each from its own seed, are averaged.</summary>
    public int Bags { get; init; } = 3;

    public int Seed { get; init; } = 20261207;

    /// <summary>Everything that changes the trained networks, for the ranker cache's key.</summary>
    internal string Fingerprint => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"mlp {Hidden} {Epochs} {LearningRate:R} {L2:R} {InitScale:R} {Dropout:R} {Bags} {Seed}");
}
