using Jamsos.Outreach.Knowledge.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jamsos.Outreach.Site.Generation;

/// <summary>
/// The words people type into the site's search for an answer, from its front matter
/// (<c>search: [iuran ojol, iuran bulanan]</c>). Only the site reads them (the chat ranks with its own
/// question variants), so they are read here rather than by the knowledge loader. Each keyword belongs to
/// one entry per language: two entries claiming "iuran ojol" would leave the first result to chance.
/// </summary>
public sealed class SearchKeywords
{
    public const string Key = "search";

    private readonly Dictionary<string, IReadOnlyList<string>> byEntry;

    private SearchKeywords(Dictionary<string, IReadOnlyList<string>> byEntry)
    {
        this.byEntry = byEntry;
    }

    public static SearchKeywords None { get; } = new([]);

    /// <summary>An entry's keywords (none when its front matter has no <c>search:</c>).</summary>
    public IReadOnlyList<string> For(FaqEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return byEntry.GetValueOrDefault(entry.Key, []);
    }

    public static SearchKeywords Read(string contentRoot, IEnumerable<FaqEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byEntry = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var owners = new Dictionary<(Language, string), string>();
        var errors = new List<ContentError>();
        foreach (var entry in entries)
        {
            var (keywords, line) = ReadOne(Path.Combine(contentRoot, entry.File), entry.File, errors);
            foreach (var keyword in keywords)
            {
                if (!owners.TryAdd((entry.Language, keyword), entry.File))
                {
                    errors.Add(new ContentError(entry.File, line, Key, $"'{keyword}' is already a search keyword of {owners[(entry.Language, keyword)]}"));
                }
            }

            if (keywords.Count > 0)
            {
                byEntry[entry.Key] = keywords;
            }
        }

        return errors.Count > 0 ? throw new ContentException(errors) : new SearchKeywords(byEntry);
    }

    private static (IReadOnlyList<string> Keywords, int Line) ReadOne(string path, string file, List<ContentError> errors)
    {
        // The knowledge loader has already checked the front matter is there and parses.
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var yaml = text[4..(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1)];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        if (!root.Children.TryGetValue(Key, out var node))
        {
            return ([], 0);
        }

        var line = (int)node.Start.Line + 1;
        // Pagefind separates metadata fields with commas, and the page joins the keywords with ';'.
        if (node is not YamlSequenceNode sequence
            || sequence.Children.Any(k => k is not YamlScalarNode { Value.Length: > 0 } scalar || scalar.Value.IndexOfAny([',', ';']) >= 0))
        {
            errors.Add(new ContentError(file, line, Key, "search must be a list of keywords without commas or semicolons, such as [iuran ojol, iuran bulanan]"));
            return ([], line);
        }

        // Pagefind lower-cases what it indexes; so does the duplicate check.
        var keywords = sequence.Children.Select(k => ((YamlScalarNode)k).Value!.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
        return (keywords, line);
    }
}
