using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Jamsos.Outreach.Knowledge.Ranking;

/// <summary>
/// One AdaGrad step on a row laid out as <c>[weights | squared-gradient sums]</c> (two halves of
/// <c>stride</c> floats), on the given blocks of eight classes only:
/// g = gradient·value + l2·w; G += g²; w -= rate·g / (√G + ε).
/// </summary>
internal readonly struct AdaGradStep(float rate, float l2)
{
    private readonly Vector256<float> rate = Vector256.Create(rate);
    private readonly Vector256<float> l2 = Vector256.Create(l2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Apply(float[] rows, int offset, int stride, float value, float[] gradient, ReadOnlySpan<int> blocks)
    {
        var v = Vector256.Create(value);
        var epsilon = Vector256.Create(1e-6f);
        ref var w0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(rows), offset);
        ref var g0 = ref MemoryMarshal.GetArrayDataReference(gradient);
        var half = (nuint)stride;
        foreach (var block in blocks)
        {
            var c = (nuint)block;
            var weight = Vector256.LoadUnsafe(ref w0, c);
            var g = (Vector256.LoadUnsafe(ref g0, c) * v) + (l2 * weight);
            var sum = Vector256.LoadUnsafe(ref w0, half + c) + (g * g);
            Vector256.StoreUnsafe(sum, ref w0, half + c);
            Vector256.StoreUnsafe(weight - (rate * g / (Vector256.Sqrt(sum) + epsilon)), ref w0, c);
        }
    }
}
