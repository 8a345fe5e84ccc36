using System.Collections.Frozen;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// Who is asking, not what: occupations and places of work ("sopir angkot", "petani", "di pasar").
/// They are rare words, so plain idf would let them outweigh the topic ("meninggal", "klaim"); the
/// index gives them a fraction of their weight. Canonical surface forms (after slang mapping).
/// </summary>
public static class ContextWords
{
    /// <summary>The share of its normal weight a context word keeps.</summary>
    public const double Weight = 0.35;

    public static readonly FrozenSet<string> All = new[]
    {
        "ojol", "opang", "ojek", "sopir", "supir", "angkot", "kurir", "courier", "driver", "taxi", "taksi", "petani", "tani",
        "nelayan", "fisher", "fishers", "fisherman", "pedagang", "trader", "tukang", "irt", "bakso", "warung", "pasar",
        "sawah", "kebun", "kapal", "abk", "satpam", "parkir", "jahit", "bangunan", "kuli", "porter", "seller", "narik",
        "macul", "nyopir", "mangkal", "pangkalan", "batik", "laundry", "bengkel", "buruh",
    }.ToFrozenSet(StringComparer.Ordinal);
}
