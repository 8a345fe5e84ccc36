using System.Collections.Frozen;

namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Every amount, rate and date the project states, read once from content/data and frozen. Keys are
/// "file.key" (for example <c>jkm.funeral</c>). Derived figures are added by <see cref="DerivedValues"/>.
/// </summary>
public sealed class DataCatalog
{
    private readonly FrozenDictionary<string, DataValue> values;

    public DataCatalog(IEnumerable<DataValue> values, BandTable bands, IReadOnlyList<Regulation> regulations)
    {
        ArgumentNullException.ThrowIfNull(values);
        this.values = values.ToFrozenDictionary(v => v.Key, StringComparer.Ordinal);
        Bands = bands;
        Regulations = regulations;
    }

    public BandTable Bands { get; }

    public IReadOnlyList<Regulation> Regulations { get; }

    public IEnumerable<DataValue> Values => values.Values;

    public IEnumerable<string> Keys => values.Keys;

    public bool TryGet(string key, out DataValue value) => values.TryGetValue(key, out value!);

    public DataValue Get(string key) =>
        values.TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"content/data has no value '{key}'.");

    public decimal Number(string key) => Get(key).RequireNumber();

    public DateOnly Date(string key) => Get(key).RequireDate();

    public string Text(string key, Language language) => Get(key).ToText(language);

    /// <summary>A new catalog with <paramref name="extra"/> added (used once, for derived values).</summary>
    public DataCatalog With(IEnumerable<DataValue> extra) => new(values.Values.Concat(extra), Bands, Regulations);
}
