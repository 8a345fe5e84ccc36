using System.Numerics;
using System.Runtime.CompilerServices;

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

    /// <summary>Trains on examples of (sparse features, class). Feature ids must be below <paramref name="features"/>.</summary>
    /// <remarks>
    /// Optimised at once: training runs once per process, at start-up, so tiered JIT's quick first
    /// compilation would run the whole loop slowly before it got replaced (fresh process 1.0 s → see README).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SoftmaxClassifier Train(IReadOnlyList<(SparseFeatures Features, int Label)> examples, int features, int classes, SoftmaxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var o = options ?? new SoftmaxOptions();
        var width = Vector<float>.Count;
        var stride = (classes + width - 1) / width * width;
        var w = new float[features * stride];
        var b = new float[stride];
        var gw = new float[features * stride];
        var gb = new float[stride];
        var scores = new float[stride];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(o.Seed);
        var rate = new Vector<float>(o.LearningRate);
        var l2 = new Vector<float>(o.L2);
        var epsilon = new Vector<float>(1e-6f);
        for (var epoch = 0; epoch < o.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var (x, label) = examples[index];
                Scores(w, b, stride, x, scores);
                SoftmaxInPlace(scores.AsSpan(0, classes));
                scores[label] -= 1; // gradient of the log loss with respect to each class score
                Update(b, gb, 0, new Vector<float>(1f), scores, rate, Vector<float>.Zero, epsilon);
                for (var k = 0; k < x.Ids.Length; k++)
                {
                    // L2 on the weights this example touches: what matters for rare features, and an epoch stays linear in the data.
                    Update(w, gw, x.Ids[k] * stride, new Vector<float>(x.Values[k]), scores, rate, l2, epsilon);
                }
            }
        }

        return new SoftmaxClassifier(features, classes, stride, w, b);
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
        Scores(weights, bias, stride, features, scores);
        SoftmaxInPlace(scores.AsSpan(0, ClassCount));
        for (var c = 0; c < ClassCount; c++)
        {
            probabilities[c] = scores[c];
        }
    }

    /// <summary>AdaGrad step on one padded row: g = gradient·value + l2·w; G += g²; w -= rate·g / (√G + ε).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Update(float[] w, float[] g2, int offset, Vector<float> value, float[] gradient, Vector<float> rate, Vector<float> l2, Vector<float> epsilon)
    {
        var width = Vector<float>.Count;
        for (var c = 0; c < gradient.Length; c += width)
        {
            var weight = new Vector<float>(w, offset + c);
            var g = (new Vector<float>(gradient, c) * value) + (l2 * weight);
            var sum = new Vector<float>(g2, offset + c) + (g * g);
            sum.CopyTo(g2, offset + c);
            (weight - (rate * g / (Vector.SquareRoot(sum) + epsilon))).CopyTo(w, offset + c);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scores(float[] w, float[] b, int stride, SparseFeatures x, float[] scores)
    {
        var width = Vector<float>.Count;
        b.CopyTo(scores, 0);
        for (var k = 0; k < x.Ids.Length; k++)
        {
            var offset = x.Ids[k] * stride;
            var value = new Vector<float>(x.Values[k]);
            for (var c = 0; c < stride; c += width)
            {
                (new Vector<float>(scores, c) + (new Vector<float>(w, offset + c) * value)).CopyTo(scores, c);
            }
        }
    }

    private static void SoftmaxInPlace(Span<float> scores)
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
    public int Epochs { get; init; } = 8;

    public float LearningRate { get; init; } = 0.3f;

    public float L2 { get; init; } = 1e-4f;

    public int Seed { get; init; } = 20261204;
}

/// <summary>A sparse feature vector: ids ascending, with their values.</summary>
public sealed record SparseFeatures(int[] Ids, float[] Values)
{
    public static readonly SparseFeatures Empty = new([], []);
}
