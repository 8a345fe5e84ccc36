namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Reads <c>content/asked/*.tsv</c>: tab-separated, a header row with <c>question</c> and <c>entry</c>
/// columns and optionally <c>language</c> (id, en, jv, su, mixed; others ignored) and <c>from</c> (the batch it came from). Optional: without the folder the ranker trains on the entries' variants only.
/// An unknown entry id is reported with the file and line.
/// </summary>
public static class AskedQuestionReader
{
    public const string Folder = "asked";

    public static IReadOnlyList<AskedQuestion> Read(string contentRoot, ISet<string> entryIds, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(entryIds);
        ArgumentNullException.ThrowIfNull(errors);
        var folder = Path.Combine(contentRoot, Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var asked = new List<AskedQuestion>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(contentRoot, path).Replace('\\', '/');
            var lines = File.ReadAllLines(path);
            var header = lines.Length == 0 ? [] : lines[0].Split('\t');
            var question = Array.IndexOf(header, "question");
            var entry = Array.IndexOf(header, "entry");
            var language = Array.IndexOf(header, "language");
            var from = Array.IndexOf(header, "from");
            if (question < 0 || entry < 0)
            {
                errors.Add(new ContentError(file, 1, null, "the header row needs a 'question' and an 'entry' column"));
                continue;
            }

            for (var i = 1; i < lines.Length; i++)
            {
                var cells = lines[i].Split('\t');
                if (lines[i].Length == 0)
                {
                    continue;
                }

                if (cells.Length <= Math.Max(question, entry) || cells[question].Trim().Length == 0)
                {
                    errors.Add(new ContentError(file, i + 1, null, "a row needs a question and an entry"));
                }
                else if (!entryIds.Contains(cells[entry].Trim()))
                {
                    errors.Add(new ContentError(file, i + 1, "entry", $"unknown entry '{cells[entry].Trim()}'"));
                }
                else
                {
                    var english = language >= 0 && language < cells.Length && cells[language].Trim() == "en";
                    var batch = from >= 0 && from < cells.Length && cells[from].Trim().Length > 0 ? cells[from].Trim() : null;
                    asked.Add(new AskedQuestion(cells[question].Trim(), cells[entry].Trim(), english ? Language.En : Language.Id, batch));
                }
            }
        }

        return asked;
    }
}
