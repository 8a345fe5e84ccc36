using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Reads one <c>faq/&lt;topic&gt;/&lt;id&gt;.&lt;lang&gt;.md</c> file: YAML front matter between <c>---</c>
/// lines, then the Markdown body. Problems are reported with the file and line; a broken file yields null.
/// </summary>
public static class FaqReader
{
    public const int MaxSummaryLength = 700;
    public const int MinQuestions = 6;

    public static FaqEntry? Read(string path, string contentRoot, DataCatalog catalog, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var file = Path.GetRelativePath(contentRoot, path).Replace('\\', '/');
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var count = errors.Count;

        var name = Path.GetFileName(path);
        var parts = name.Split('.');
        if (parts.Length != 3 || !LanguageCodes.TryParse(parts[1], out var language) || parts[2] != "md")
        {
            errors.Add(new ContentError(file, 1, null, "file name must be <id>.<lang>.md with lang id or en"));
            return null;
        }

        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            errors.Add(new ContentError(file, 1, null, "missing front matter: the file must start with ---"));
            return null;
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            errors.Add(new ContentError(file, 1, null, "front matter is not closed with ---"));
            return null;
        }

        var yaml = text[4..(end + 1)];
        var body = text[(end + 5)..].Trim();
        PlaceholderResolver.Validate(text, file, catalog, errors);
        var root = LoadYaml(yaml, file, errors);
        return root is null ? null : ReadEntry(new FrontMatter(root, file, errors), parts[0], language, body, catalog, () => errors.Count > count);
    }

    /// <summary>The front matter as a YAML mapping, or null with the syntax error reported.</summary>
    private static YamlMappingNode? LoadYaml(string yaml, string file, List<ContentError> errors)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                errors.Add(new ContentError(file, 2, null, "front matter must be a YAML mapping"));
                return null;
            }

            return mapping;
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(file, (int)ex.Start.Line + 1, null, "YAML syntax: " + (ex.InnerException?.Message ?? ex.Message)));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet reports some unclosed flow collections ("[a, b") this way rather than as YamlException.
            errors.Add(new ContentError(file, 2, null, "YAML syntax: " + ex.Message));
            return null;
        }
    }

    /// <summary>Every field checked (all problems reported, not just the first); null when any failed.</summary>
    private static FaqEntry? ReadEntry(FrontMatter fm, string fileId, Language language, string body, DataCatalog catalog, Func<bool> failed)
    {
        var (id, intent, kind, title) = ReadHeader(fm, fileId);
        var questions = fm.Strings("questions");
        if (questions.Length < MinQuestions || questions.Any(string.IsNullOrWhiteSpace))
        {
            fm.Fail("questions", $"needs at least {MinQuestions} non-empty questions (has {questions.Count(q => !string.IsNullOrWhiteSpace(q))})");
        }

        var summaryTemplate = fm.Scalar("summary");
        if (string.IsNullOrWhiteSpace(summaryTemplate))
        {
            fm.Fail("summary", "missing summary");
        }

        var sources = ReadSources(fm);
        var checkedText = fm.Scalar("checked");
        if (!DateOnly.TryParseExact(checkedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var checkedDate))
        {
            fm.Fail("checked", $"checked must be a YYYY-MM-DD date (was '{checkedText}')");
        }

        if (!ConfidenceNames.TryParse(fm.Scalar("confidence"), out var confidence))
        {
            fm.Fail("confidence", "confidence must be high, medium or low");
        }

        var promptTemplate = fm.Scalar("prompt");
        if (promptTemplate is not null && string.IsNullOrWhiteSpace(promptTemplate))
        {
            fm.Fail("prompt", "prompt is empty: leave it out or write the question");
        }

        var related = fm.Strings("related").Where(r => r.Length > 0).ToArray();
        if (failed())
        {
            return null;
        }

        var summary = Normalise(PlaceholderResolver.Resolve(summaryTemplate!, catalog, language));
        var prompt = promptTemplate is null ? null : Normalise(PlaceholderResolver.Resolve(promptTemplate, catalog, language));

        // The chat shows the prompt after the summary, so both together must fit.
        var chatLength = summary.Length + (prompt is null ? 0 : prompt.Length + 1);
        if (chatLength - LiveTokenAllowance(summary) > MaxSummaryLength)
        {
            fm.Fail("summary", $"summary{(prompt is null ? string.Empty : " and prompt")} is {chatLength} characters once resolved; the limit is {MaxSummaryLength}");
            return null;
        }

        var topic = Path.GetDirectoryName(fm.File)!.Replace('\\', '/');
        topic = topic.StartsWith("faq/", StringComparison.Ordinal) ? topic[4..] : topic;
        return new FaqEntry(id!, language, intent!, title!, questions, summary,
            PlaceholderResolver.Resolve(body, catalog, language), sources, checkedDate, confidence, related, topic, fm.File, kind, prompt);
    }

    /// <summary>The id (matching the file name), intent, answer type and title.</summary>
    private static (string? Id, string? Intent, AnswerKind Kind, string? Title) ReadHeader(FrontMatter fm, string fileId)
    {
        var id = fm.Scalar("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            fm.Fail("id", "missing id");
        }
        else if (id != fileId)
        {
            fm.Fail("id", $"id '{id}' does not match the file name '{fileId}'");
        }

        var intent = fm.Scalar("intent");
        if (!Intents.IsKnown(intent))
        {
            fm.Fail("intent", $"unknown intent '{intent}' (see ../shared/intents.md)");
        }

        var kind = AnswerKind.Other;
        var kindName = fm.Scalar("type");
        if (kindName is null)
        {
            fm.Fail("type", "missing type (" + string.Join(", ", AnswerKindNames.All) + ")");
        }
        else if (!AnswerKindNames.TryParse(kindName, out kind))
        {
            fm.Fail("type", $"unknown type '{kindName}' (" + string.Join(", ", AnswerKindNames.All) + ")");
        }

        var title = fm.Scalar("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            fm.Fail("title", "missing title");
        }

        return (id, intent, kind, title);
    }

    private static List<SourceRef> ReadSources(FrontMatter fm)
    {
        var sources = new List<SourceRef>();
        foreach (var node in fm.Sequence("sources"))
        {
            var regulation = node is YamlMappingNode m ? DataCatalogReader.Scalar(m, "regulation") : null;
            var url = node is YamlMappingNode m2 ? DataCatalogReader.Scalar(m2, "url") : null;
            if (string.IsNullOrWhiteSpace(regulation) || string.IsNullOrWhiteSpace(url) || !url.StartsWith("http", StringComparison.Ordinal))
            {
                fm.FailAt(node, "sources", "each source needs a regulation and an http(s) url");
                continue;
            }

            sources.Add(new SourceRef(regulation, url));
        }

        if (sources.Count == 0)
        {
            fm.Fail("sources", "needs at least one source");
        }

        return sources;
    }

    /// <summary>Collapses the line breaks of a folded YAML block into single spaces.</summary>
    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Date-aware tokens are left out here; check-content renders them for every month of the discount
    /// window and checks the full length (the text differs by date).
    /// </summary>
    private static int LiveTokenAllowance(string summary) =>
        summary.Contains("{{" + LiveText.DiscountStatus + "}}", StringComparison.Ordinal)
            ? ("{{" + LiveText.DiscountStatus + "}}").Length
            : 0;
}
