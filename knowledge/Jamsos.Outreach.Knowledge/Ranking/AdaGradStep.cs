using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Jamsos.Outreach.Knowledge.Ranking;

/// <summary>
/// One AdaGrad step on a row laid out as <c>[weights | squared-gradient sums]</c> (two halves of equal,
/// vector-padded length): g = gradient·value + l2·w; G += g²; w -= rate·g / (√G + ε).
/// </summary>
internal readonly struct AdaGradStep(float rate, float l2)
{
    private readonly Vector<float> rate = new(rate);
    private readonly Vector<float> l2 = new(l2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Apply(Span<float> row, float value, float[] gradient)
    {
        var width = Vector<float>.Count;
        var half = (nuint)(row.Length / 2);
        var v = new Vector<float>(value);
        var epsilon = new Vector<float>(1e-6f);
        ref var w0 = ref MemoryMarshal.GetReference(row);
        ref var g0 = ref MemoryMarshal.GetArrayDataReference(gradient);
        for (nuint c = 0; c < half; c += (nuint)width)
        {
            var weight = Vector.LoadUnsafe(ref w0, c);
            var g = (Vector.LoadUnsafe(ref g0, c) * v) + (l2 * weight);
            var sum = Vector.LoadUnsafe(ref w0, half + c) + (g * g);
            Vector.StoreUnsafe(sum, ref w0, half + c);
            Vector.StoreUnsafe(weight - (rate * g / (Vector.SquareRoot(sum) + epsilon)), ref w0, c);
        }
    }
}
