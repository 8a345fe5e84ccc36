namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Reads content/ once: data first (so placeholders can be checked), then every FAQ file. Fails with
/// a <see cref="ContentException"/> listing every problem (file, line, key) rather than the first.
/// </summary>
public static class ContentLoader
{
    public static KnowledgeBase Load(string contentRoot)
    {
        var (knowledge, errors) = TryLoad(contentRoot);
        return errors.Count > 0 || knowledge is null ? throw new ContentException(errors) : knowledge;
    }

    /// <summary>Loads what can be loaded and returns every problem found; the knowledge base is null on errors.</summary>
    public static (KnowledgeBase? Knowledge, IReadOnlyList<ContentError> Errors) TryLoad(string contentRoot)
    {
        var errors = new List<ContentError>();
        var dataDirectory = Path.Combine(contentRoot, "data");
        var faqDirectory = Path.Combine(contentRoot, "faq");
        if (!Directory.Exists(dataDirectory) || !Directory.Exists(faqDirectory))
        {
            errors.Add(new ContentError(contentRoot, 0, null, "not a content folder: data/ and faq/ are required"));
            return (null, errors);
        }

        var catalog = DataCatalogReader.Read(dataDirectory, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        try
        {
            catalog = DerivedValues.AddTo(catalog);
        }
        catch (KeyNotFoundException ex)
        {
            errors.Add(new ContentError("data", 0, null, ex.Message));
            return (null, errors);
        }

        // Files are read and parsed in parallel (YAML parsing is most of a load: about 0.3 ms a file), each
        // with its own error list; entries and errors are then taken in file-name order, so the result
        // and every message are the same as a one-at-a-time read.
        var paths = Directory.EnumerateFiles(faqDirectory, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var read = new (FaqEntry? Entry, List<ContentError> Errors)[paths.Length];
        Parallel.For(0, paths.Length, i =>
        {
            var fileErrors = new List<ContentError>();
            read[i] = (FaqReader.Read(paths[i], contentRoot, catalog, fileErrors), fileErrors);
        });
        var entries = new List<FaqEntry>(paths.Length);
        foreach (var (entry, fileErrors) in read)
        {
            errors.AddRange(fileErrors);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        foreach (var duplicate in entries.GroupBy(e => e.Key).Where(g => g.Count() > 1))
        {
            foreach (var entry in duplicate.Skip(1))
            {
                errors.Add(new ContentError(entry.File, 2, "id", $"duplicate id '{entry.Id}' for language {entry.Language.Code()} (also in {duplicate.First().File})"));
            }
        }

        if (entries.Count == 0)
        {
            errors.Add(new ContentError("faq", 0, null, "no FAQ entries found"));
        }

        var asked = AskedQuestionReader.Read(contentRoot, entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal), errors);
        return errors.Count > 0 ? (null, errors) : (new KnowledgeBase(contentRoot, catalog, entries, asked), errors);
    }
}
