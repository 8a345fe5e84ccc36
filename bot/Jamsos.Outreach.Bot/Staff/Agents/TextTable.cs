using System.Globalization;
using System.Text;

namespace Jamsos.Outreach.Bot.Staff.Agents;

/// <summary>
/// A plain-text table for the terminal: a header row and columns padded to their widest cell, numbers
/// right-aligned. Control characters are dropped from every cell, so a name typed with an escape sequence
/// cannot repaint the staff member's terminal.
/// </summary>
internal static class TextTable
{
    public static string Render(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var all = new List<IReadOnlyList<string>> { header.Select(Safe).ToList() };
        all.AddRange(rows.Select(r => (IReadOnlyList<string>)[.. r.Select(Safe)]));
        var widths = Enumerable.Range(0, header.Count).Select(i => all.Max(r => r[i].Length)).ToList();
        var numeric = Enumerable.Range(0, header.Count).Select(i => all.Count > 1 && all.Skip(1).All(r => IsNumber(r[i]))).ToList();
        var text = new StringBuilder();
        foreach (var row in all)
        {
            var cells = row.Select((cell, i) => numeric[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            text.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
        }

        return text.ToString();
    }

    public static string Safe(string text) => new([.. (text ?? string.Empty).Where(c => !char.IsControl(c))]);

    private static bool IsNumber(string cell) => cell.Length > 0 && cell.All(char.IsAsciiDigit);

    /// <summary>A count as a cell.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
