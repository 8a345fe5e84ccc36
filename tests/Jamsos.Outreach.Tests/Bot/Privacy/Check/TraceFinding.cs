namespace Jamsos.Outreach.Tests.Bot.Privacy.Check;

/// <summary>One trace of the person found: where (a table and column, a file, the log) and what it reveals.</summary>
public sealed record TraceFinding(string Where, string Label, string Text)
{
    /// <summary>Every trace of <see cref="ThePerson"/> in <paramref name="text"/> (case-insensitive), found at <paramref name="where"/>.</summary>
    public static IEnumerable<TraceFinding> In(string where, string? text) =>
        text is null
            ? []
            : ThePerson.Traces.Where(t => text.Contains(t.Text, StringComparison.OrdinalIgnoreCase)).Select(t => new TraceFinding(where, t.Label, t.Text));

    /// <summary>Every trace in raw bytes (ASCII case-insensitive: the traces are ASCII and SQLite stores UTF-8).</summary>
    public static IEnumerable<TraceFinding> InBytes(string where, byte[] bytes) =>
        ThePerson.Traces.Where(t => ContainsIgnoringAsciiCase(bytes, t.Text)).Select(t => new TraceFinding(where, t.Label, t.Text));

    public override string ToString() => $"{Where}: {Label} \"{Text}\"";

    private static bool ContainsIgnoringAsciiCase(byte[] haystack, string needle)
    {
        var lower = System.Text.Encoding.ASCII.GetBytes(needle.ToLowerInvariant());
        for (var i = 0; i + lower.Length <= haystack.Length; i++)
        {
            var j = 0;
            while (j < lower.Length && Lower(haystack[i + j]) == lower[j])
            {
                j++;
            }

            if (j == lower.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static byte Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
}
