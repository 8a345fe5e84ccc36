using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Validation;

/// <summary>
/// Everything <c>check-content</c> verifies, beyond what loading already enforces (schema, unknown
/// intents or placeholders, duplicate ids): English and Indonesian twins, intent coverage, related
/// links, stale <c>checked</c> dates, summaries that outgrow the limit once the date-aware text is in,
/// high-confidence entries leaning on low-confidence figures, and question collisions (a question of
/// one entry that the engine answers with another).
/// </summary>
public static class ContentValidator
{
    public static IReadOnlyList<ContentError> Check(string contentRoot, ContentCheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (knowledge, loadErrors) = ContentLoader.TryLoad(contentRoot);
        if (knowledge is null)
        {
            return loadErrors;
        }

        var errors = new List<ContentError>();
        CheckTwins(knowledge, errors);
        CheckCoverage(knowledge, errors);
        CheckRelated(knowledge, errors);
        CheckStale(knowledge, options, errors);
        CheckLiveLength(knowledge, errors);
        CheckConfidence(knowledge, errors);
        if (errors.Count == 0)
        {
            CheckCollisions(knowledge, options.Today, errors);
        }

        return errors;
    }

    private static void CheckTwins(KnowledgeBase knowledge, List<ContentError> errors)
    {
        foreach (var entry in knowledge.Entries)
        {
            var other = entry.Language == Language.Id ? Language.En : Language.Id;
            var twin = knowledge.Find(entry.Id, other);
            if (twin is null)
            {
                errors.Add(new ContentError(entry.File, 1, "id", $"missing the {(other == Language.En ? "English" : "Indonesian")} twin {entry.Id}.{other.Code()}.md"));
            }
            else if (twin.Intent != entry.Intent && entry.Language == Language.Id)
            {
                errors.Add(new ContentError(entry.File, 1, "intent", $"intent '{entry.Intent}' differs from its twin's '{twin.Intent}'"));
            }
        }
    }

    private static void CheckCoverage(KnowledgeBase knowledge, List<ContentError> errors)
    {
        foreach (var intent in Intents.All.Order(StringComparer.Ordinal))
        {
            foreach (var language in new[] { Language.Id, Language.En })
            {
                if (!knowledge.Entries.Any(e => e.Intent == intent && e.Language == language))
                {
                    errors.Add(new ContentError("faq", 0, intent, $"no {language.Code()} entry covers this intent"));
                }
            }
        }
    }

    private static void CheckRelated(KnowledgeBase knowledge, List<ContentError> errors)
    {
        foreach (var entry in knowledge.Entries)
        {
            foreach (var related in entry.Related.Where(r => knowledge.Find(r, entry.Language) is null))
            {
                errors.Add(new ContentError(entry.File, 1, "related", $"unknown entry '{related}'"));
            }
        }
    }

    private static void CheckStale(KnowledgeBase knowledge, ContentCheckOptions options, List<ContentError> errors)
    {
        var oldest = options.Today.AddDays(-options.MaxCheckedAgeDays);
        foreach (var entry in knowledge.Entries.Where(e => e.Checked < oldest))
        {
            errors.Add(new ContentError(entry.File, 1, "checked", $"checked {entry.Checked:yyyy-MM-dd} is older than {options.MaxCheckedAgeDays} days: check it again"));
        }

        foreach (var value in knowledge.Catalog.Values.Where(v => v.Checked < oldest))
        {
            errors.Add(new ContentError("data", 0, value.Key, $"checked {value.Checked:yyyy-MM-dd} is older than {options.MaxCheckedAgeDays} days: check it again"));
        }

        if (knowledge.Catalog.Bands.Checked < oldest)
        {
            errors.Add(new ContentError("data/bands.yml", 0, "checked", $"checked {knowledge.Catalog.Bands.Checked:yyyy-MM-dd} is older than {options.MaxCheckedAgeDays} days"));
        }
    }

    /// <summary>
    /// The date-aware text differs by month and by day (the days left; "ends today" on a last day); the
    /// summary must fit the limit in every case: the first and the last day of every month around the window.
    /// </summary>
    private static void CheckLiveLength(KnowledgeBase knowledge, List<ContentError> errors)
    {
        var transport = knowledge.Discounts.Periods.Min(p => p.FirstMonth);
        var dates = Enumerable.Range(-1, 20)
            .Select(m => transport.AddMonths(m))
            .SelectMany(first => new[] { first, first.AddMonths(1).AddDays(-1) })
            .ToArray();
        foreach (var entry in knowledge.Entries.Where(e => e.ChatSummary.Contains("{{live.", StringComparison.Ordinal)))
        {
            var longest = dates.Max(d => knowledge.Live.Render(entry.ChatSummary, entry.Language, d).Length);
            if (longest > FaqReader.MaxSummaryLength)
            {
                errors.Add(new ContentError(entry.File, 1, "summary", $"summary reaches {longest} characters with the date-aware text; the limit is {FaqReader.MaxSummaryLength}"));
            }
        }
    }

    private static void CheckConfidence(KnowledgeBase knowledge, List<ContentError> errors)
    {
        foreach (var entry in knowledge.Entries.Where(e => e.Confidence == Confidence.High))
        {
            var path = Path.Combine(knowledge.Root, entry.File);
            var raw = File.ReadAllText(path);
            var summaryStart = raw.IndexOf("summary:", StringComparison.Ordinal);
            var summaryEnd = raw.IndexOf("\nsources:", StringComparison.Ordinal);
            if (summaryStart < 0 || summaryEnd < summaryStart)
            {
                continue;
            }

            foreach (var key in PlaceholderResolver.KeysIn(raw[summaryStart..summaryEnd]))
            {
                if (knowledge.Catalog.TryGet(key, out var value) && value.Confidence == Confidence.Low)
                {
                    errors.Add(new ContentError(entry.File, 1, key, "a high-confidence summary relies on a low-confidence value: lower the entry's confidence"));
                }
            }
        }
    }

    private static void CheckCollisions(KnowledgeBase knowledge, DateOnly today, List<ContentError> errors)
    {
        var answerer = new Answerer(knowledge);
        foreach (var entry in knowledge.Entries)
        {
            foreach (var question in entry.Questions)
            {
                var result = answerer.Answer(question, today, entry.Language);
                var winner = result.EntryId ?? (result.Suggestions.Count > 0 ? result.Suggestions[0].EntryId : null);
                if (winner is not null && winner != entry.Id)
                {
                    errors.Add(new ContentError(entry.File, 1, "questions", $"\"{question}\" is answered by '{winner}', not by this entry: reword it"));
                }
            }
        }
    }
}
