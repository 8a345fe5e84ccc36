using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Jamsos.Outreach.Knowledge.Ranking;

/// <summary>
/// Multinomial logistic regression (maximum entropy) over sparse features: the classifier of Rasa's
/// default pipeline, small enough to train at start-up. Trained by AdaGrad stochastic gradient descent
/// with L2 regularisation, in a fixed example order, on one thread, so the same data always gives the
/// same weights. Immutable after training; <see cref="Predict"/> is safe from any thread.
/// </summary>
public sealed class SoftmaxClassifier
{
    private readonly float[] weights; // feature-major, rows padded to whole vectors: weights[feature * stride + class]
    private readonly float[] bias;
    private readonly int stride;

    private SoftmaxClassifier(int features, int classes, int stride, float[] weights, float[] bias)
    {
        FeatureCount = features;
        ClassCount = classes;
        this.stride = stride;
        this.weights = weights;
        this.bias = bias;
    }

    public int FeatureCount { get; }

    public int ClassCount { get; }

    /// <summary>The trained weights, feature-major with rows padded to whole vectors (for tests).</summary>
    internal ReadOnlySpan<float> Weights => weights;

    /// <summary>Writes the trained weights (for <see cref="RankerCache"/>); <see cref="Read"/> gives the same classifier back.</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(FeatureCount);
        writer.Write(ClassCount);
        writer.Write(stride);
        writer.Write(MemoryMarshal.AsBytes(weights.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(bias.AsSpan()));
    }

    /// <summary>Reads what <see cref="Write"/> wrote; throws <see cref="InvalidDataException"/> on anything else.</summary>
    internal static SoftmaxClassifier Read(BinaryReader reader)
    {
        var features = reader.ReadInt32();
        var classes = reader.ReadInt32();
        var stride = reader.ReadInt32();
        var width = Vector<float>.Count;
        if (features <= 0 || classes <= 0 || stride != (classes + width - 1) / width * width || (long)features * stride > int.MaxValue / 4)
        {
            throw new InvalidDataException("The classifier's shape does not fit this machine or is damaged.");
        }

        var weights = new float[features * stride];
        var bias = new float[stride];
        ReadExactly(reader, MemoryMarshal.AsBytes(weights.AsSpan()));
        ReadExactly(reader, MemoryMarshal.AsBytes(bias.AsSpan()));
        return new SoftmaxClassifier(features, classes, stride, weights, bias);
    }

    // BinaryReader reads no further than asked, so its stream continues exactly here; a short file throws EndOfStreamException.
    private static void ReadExactly(BinaryReader reader, Span<byte> target) => reader.BaseStream.ReadExactly(target);

    /// <summary>
    /// Trains on examples of (sparse features, class). Feature ids must be below <paramref name="features"/>.
    /// With <see cref="SoftmaxOptions.Bags"/> above one, that many models are trained on the same examples, each in
    /// its own order (seed <c>Seed + k·7919</c>), on their own threads, and their weights are averaged (summed in
    /// member order, so the result does not depend on thread timing): the same size and speed when answering, less
    /// of one shuffle's noise in the weights.
    /// </summary>
    public static SoftmaxClassifier Train(IReadOnlyList<(SparseFeatures Features, int Label)> examples, int features, int classes, SoftmaxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var o = options ?? new SoftmaxOptions();
        if (o.Bags <= 1)
        {
            return TrainOne(examples, features, classes, o);
        }

        // Dedicated threads, not pool threads: seconds of SGD must not hold back a host's timers and I/O callbacks.
        var others = Enumerable.Range(1, o.Bags - 1)
            .Select(k => Task.Factory.StartNew(
                () => TrainOne(examples, features, classes, o with { Seed = o.Seed + (BagSeedStep * k) }),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default))
            .ToArray();
        var average = TrainOne(examples, features, classes, o);
        foreach (var other in others)
        {
            var member = other.GetAwaiter().GetResult();
            Add(average.weights, member.weights);
            Add(average.bias, member.bias);
        }

        var scale = 1f / o.Bags;
        Scale(average.weights, scale);
        Scale(average.bias, scale);
        return average;
    }

    /// <summary>How far apart the bagged models' seeds are.</summary>
    internal const int BagSeedStep = 7919;

    // Once per training, a few million floats: plain loops.
    private static void Add(float[] target, float[] source)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += source[i];
        }
    }

    private static void Scale(float[] target, float factor)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] *= factor;
        }
    }

    /// <summary>One model, one order of the examples.</summary>
    /// <remarks>
    /// Optimised at once: training runs once per process (the build's <c>train-ranker</c>, or a start-up after a
    /// content change), so tiered JIT's quick first compilation would run the whole loop slowly before it got replaced.
    /// While training, a feature's weights and its AdaGrad sums sit side by side in one row
    /// (<c>[w₀…w_stride | G₀…G_stride]</c>): an example touches ~90 scattered rows, and one row is fewer
    /// cache misses than two (a third faster than two arrays, the same arithmetic and so the same weights).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SoftmaxClassifier TrainOne(IReadOnlyList<(SparseFeatures Features, int Label)> examples, int features, int classes, SoftmaxOptions o)
    {
        var width = Vector<float>.Count;
        var stride = (classes + width - 1) / width * width;
        var rows = new float[features * 2 * stride];
        var bias = new float[2 * stride];
        var scores = new float[stride];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(o.Seed);
        var step = new AdaGradStep(o.LearningRate, o.L2);
        var biasStep = new AdaGradStep(o.LearningRate, 0);
        for (var epoch = 0; epoch < o.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (x, label) = examples[index];
                Scores(rows, 2 * stride, bias, stride, x, scores);
                SoftmaxInPlace(scores.AsSpan(0, classes));
                scores[label] -= 1; // gradient of the log loss with respect to each class score
                biasStep.Apply(bias.AsSpan(), 1f, scores);
                for (var k = 0; k < x.Ids.Length; k++)
                {
                    // L2 on the weights this example touches: what matters for rare features, and an epoch stays linear in the data.
                    step.Apply(rows.AsSpan(x.Ids[k] * 2 * stride, 2 * stride), x.Values[k], scores);
                }
            }
        }

        var weights = new float[features * stride];
        for (var f = 0; f < features; f++)
        {
            Array.Copy(rows, f * 2 * stride, weights, f * stride, stride);
        }

        return new SoftmaxClassifier(features, classes, stride, weights, bias[..stride]);
    }

    /// <summary>The probability of every class for these features (fills <paramref name="probabilities"/>).</summary>
    public void Predict(SparseFeatures features, Span<double> probabilities)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (probabilities.Length != ClassCount)
        {
            throw new ArgumentException($"Expected {ClassCount} slots.", nameof(probabilities));
        }

        var scores = new float[stride];
        Scores(weights, stride, bias, stride, features, scores);
        SoftmaxInPlace(scores.AsSpan(0, ClassCount));
        for (var c = 0; c < ClassCount; c++)
        {
            probabilities[c] = scores[c];
        }
    }

    /// <summary>scores = bias + Σ value·row(feature), over the first <paramref name="stride"/> floats of each row (also the hidden layer of <see cref="MlpClassifier"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Scores(float[] w, int rowLength, float[] b, int stride, SparseFeatures x, float[] scores)
    {
        var width = Vector<float>.Count;
        ref var s0 = ref MemoryMarshal.GetArrayDataReference(scores);
        ref var w0 = ref MemoryMarshal.GetArrayDataReference(w);
        b.AsSpan(0, stride).CopyTo(scores);
        var ids = x.Ids;
        var values = x.Values;
        for (var k = 0; k < ids.Length; k++)
        {
            var offset = (nuint)ids[k] * (nuint)rowLength;
            var value = new Vector<float>(values[k]);
            for (var c = 0; c < stride; c += width)
            {
                var at = (nuint)c;
                Vector.StoreUnsafe(Vector.LoadUnsafe(ref s0, at) + (Vector.LoadUnsafe(ref w0, offset + at) * value), ref s0, at);
            }
        }
    }

    /// <summary>Scores to probabilities in place (shared with <see cref="MlpClassifier"/>: the same floats in the same order).</summary>
    internal static void SoftmaxInPlace(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        var sum = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }
}

/// <summary>Training settings of <see cref="SoftmaxClassifier"/>.</summary>
public sealed record SoftmaxOptions
{
    // Six since 2026-12-07: with 2,801 development questions out-of-fold (each setting with its own refit blend),
    // six epochs read 6 intents, 6 entries and 3 top-3 more than eight (4 and 5 were as good; 3 worse), and
    // SGD, the largest part of a cold start, takes a quarter less time. Five since later that day: with the intent
    // model and 3,386 asked questions a cold start reached the 1.5 s budget; five read 8 intents and 7 entries more
    // and 2 top-3 fewer than six out-of-fold (each with its own refit), the same on corpus dev 17, for a sixth less SGD.
    public int Epochs { get; init; } = 5;

    /// <summary>
    /// How many models, each trained in its own example order, are averaged into one (<see cref="SoftmaxClassifier.Train"/>).
    /// Three since 2026-12-07 (the ranker trains at build time): each setting with its own refit blend, against one
    /// model, three read 5 entries and 7 top-3 more out-of-fold over 3,386 development questions (intent equal) and
    /// 12 fewer confidently wrong, corpus dev 17 (unseen) 2 intents and 2 entries more, 1 top-3 fewer, and
    /// cross-validation 0.4 points more intent; five and eight read within 5 questions of three, epoch averaging
    /// (the last three epochs' weights) and five models of three epochs did not beat one.
    /// </summary>
    public int Bags { get; init; } = 3;

    public float LearningRate { get; init; } = 0.3f;

    public float L2 { get; init; } = 1e-4f;

    public int Seed { get; init; } = 20261204;

    /// <summary>
    /// The ranker's third model, beside the linear entry and intent models (read by <see cref="EntryClassifier"/>, not by
    /// this class): a network with one hidden layer over the same features (<see cref="MlpClassifier"/>); null for none.
    /// </summary>
    public MlpOptions? HiddenLayer { get; init; } = new();
}

/// <summary>A sparse feature vector: ids ascending, with their values.</summary>
public sealed record SparseFeatures(int[] Ids, float[] Values)
{
    public static readonly SparseFeatures Empty = new([], []);
}
