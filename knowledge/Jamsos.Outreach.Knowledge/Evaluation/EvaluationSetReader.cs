namespace Jamsos.Outreach.Knowledge.Evaluation;

/// <summary>
/// Reads an evaluation set: tab-separated, a header row naming the columns (<c>question</c>,
/// <c>intent</c> and <c>language</c> required; <c>id</c>, <c>entry</c>, <c>also</c> optional; other
/// columns such as <c>source</c> ignored). A malformed row fails with its line number.
/// </summary>
public static class EvaluationSetReader
{
    public static IReadOnlyList<LabelledQuestion> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            throw new FormatException($"{path}: empty file, expected a header row");
        }

        var header = lines[0].Split('\t');
        int Column(string name, bool required)
        {
            var index = Array.IndexOf(header, name);
            return index < 0 && required ? throw new FormatException($"{path}: no '{name}' column") : index;
        }

        var id = Column("id", false);
        var question = Column("question", true);
        var intent = Column("intent", true);
        var entry = Column("entry", false);
        var also = Column("also", false);
        var language = Column("language", true);
        var result = new List<LabelledQuestion>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            if (cells.Length < header.Length)
            {
                throw new FormatException($"{path}:{i + 1}: {cells.Length} cells, the header has {header.Length}");
            }

            string? Cell(int index) => index < 0 || cells[index].Trim().Length == 0 ? null : cells[index].Trim();
            result.Add(new LabelledQuestion(
                Cell(id) ?? $"{Path.GetFileNameWithoutExtension(path)}:{i + 1}",
                cells[question],
                Cell(intent) ?? throw new FormatException($"{path}:{i + 1}: no intent"),
                Cell(entry),
                (Cell(also) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Cell(language) ?? "id"));
        }

        return result;
    }
}
