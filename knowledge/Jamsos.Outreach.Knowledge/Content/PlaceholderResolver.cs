using System.Text.RegularExpressions;

namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Resolves <c>{{ key }}</c> and <c>{{ key | format }}</c> against the data catalog, for a language.
/// Keys starting with <c>live.</c> are date-aware: they are checked here and kept as canonical tokens
/// for <see cref="LiveText"/>. Unknown keys are reported with the file and line.
/// </summary>
public static partial class PlaceholderResolver
{
    public const string LivePrefix = "live.";

    // Named so that a line counting the placeholders reads as what it counts.
    private const string Opening = "{{";

    // Bounded and linear: no nested quantifiers, no backtracking traps.
    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_.]{1,80})\s*(?:\|\s*([a-z0-9_]{1,20})\s*)?\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>Checks every placeholder in a file's raw text and reports problems with line numbers.</summary>
    public static void Validate(string fileText, string file, DataCatalog catalog, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(fileText);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(errors);
        var lineNumber = 0;
        foreach (var line in fileText.Split('\n'))
        {
            lineNumber++;
            var matched = 0;
            foreach (Match match in Placeholder().Matches(line))
            {
                matched++;
                var key = match.Groups[1].Value;
                if (key.StartsWith(LivePrefix, StringComparison.Ordinal))
                {
                    if (!LiveText.Keys.Contains(key))
                    {
                        errors.Add(new ContentError(file, lineNumber, key, "unknown date-aware placeholder"));
                    }

                    continue;
                }

                if (!catalog.TryGet(key, out _))
                {
                    errors.Add(new ContentError(file, lineNumber, key, "unknown placeholder: no such value in content/data"));
                }
                else if (match.Groups[2].Success && !ValueFormatNames.TryParse(match.Groups[2].Value, out _))
                {
                    errors.Add(new ContentError(file, lineNumber, key, $"unknown format '{match.Groups[2].Value}'"));
                }
            }

            if (CountOf(line, Opening) != matched)
            {
                errors.Add(new ContentError(file, lineNumber, null, "malformed placeholder: write {{ file.key }} on one line"));
            }
        }
    }

    /// <summary>Replaces data placeholders; keeps date-aware ones as <c>{{live.key}}</c>. Assumes <see cref="Validate"/> passed.</summary>
    public static string Resolve(string text, DataCatalog catalog, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalog);
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return text;
        }

        return Placeholder().Replace(text, match =>
        {
            var key = match.Groups[1].Value;
            if (key.StartsWith(LivePrefix, StringComparison.Ordinal))
            {
                return "{{" + key + "}}";
            }

            if (!catalog.TryGet(key, out var value))
            {
                return match.Value;
            }

            ValueFormat? format = match.Groups[2].Success && ValueFormatNames.TryParse(match.Groups[2].Value, out var f) ? f : null;
            return value.ToText(language, format);
        });
    }

    /// <summary>The data keys a text refers to (for provenance checks).</summary>
    public static IEnumerable<string> KeysIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match match in Placeholder().Matches(text))
        {
            yield return match.Groups[1].Value;
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
