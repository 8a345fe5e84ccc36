using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Everything read from content/, validated and frozen: the data catalog (with derived values), the
/// FAQ entries in both languages, and the rules built on the data. Immutable and thread-safe; build
/// it once at start-up and share it.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly FrozenDictionary<string, FaqEntry> byKey;

    public KnowledgeBase(string root, DataCatalog catalog, IReadOnlyList<FaqEntry> entries, IReadOnlyList<AskedQuestion>? asked = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Root = root;
        Catalog = catalog;
        Entries = entries;
        Asked = asked ?? [];
        byKey = entries.ToFrozenDictionary(e => e.Key, StringComparer.Ordinal);
        Discounts = new DiscountPolicy(catalog);
        Calculator = new ContributionCalculator(catalog, Discounts);
        Jkp = new JkpRules(catalog);
        Live = new LiveText(catalog, Discounts);
    }

    public string Root { get; }

    public DataCatalog Catalog { get; }

    public IReadOnlyList<FaqEntry> Entries { get; }

    /// <summary>Questions people asked, labelled with their entry: more training data for the ranker.</summary>
    public IReadOnlyList<AskedQuestion> Asked { get; }

    public DiscountPolicy Discounts { get; }

    public ContributionCalculator Calculator { get; }

    public JkpRules Jkp { get; }

    public LiveText Live { get; }

    public FaqEntry? Find(string id, Language language) =>
        byKey.TryGetValue(id + "." + language.Code(), out var entry) ? entry : null;

    /// <summary>The same knowledge with other asked questions (cross-validation trains without some of them).</summary>
    public KnowledgeBase WithAsked(IReadOnlyList<AskedQuestion> asked) => new(Root, Catalog, Entries, asked);

    public IEnumerable<FaqEntry> In(Language language) => Entries.Where(e => e.Language == language);
}
