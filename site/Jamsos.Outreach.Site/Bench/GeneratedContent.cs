using System.Globalization;
using System.Text.RegularExpressions;

namespace Jamsos.Outreach.Site.Bench;

/// <summary>
/// A large content folder for the benchmark: the real data files, and the real FAQ files copied over
/// and over under new ids (related links dropped) until there are <c>pairs</c> entries in each language.
/// Chat-only entries are left out, so every generated entry becomes a page.
/// </summary>
public static partial class GeneratedContent
{
    public static string Create(string realContent, string target, int pairs)
    {
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        CopyFolder(Path.Combine(realContent, "data"), Path.Combine(target, "data"));
        var sources = Directory.EnumerateFiles(Path.Combine(realContent, "faq"), "*.id.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Where(f => !ChatOnly().IsMatch(File.ReadAllText(f)))
            .ToList();
        for (var i = 0; i < pairs; i++)
        {
            var source = sources[i % sources.Count];
            var topic = Path.GetFileName(Path.GetDirectoryName(source)!);
            var id = Path.GetFileName(source)[..^".id.md".Length];
            var newId = string.Create(CultureInfo.InvariantCulture, $"{id}-{i:0000}");
            foreach (var language in new[] { "id", "en" })
            {
                var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(source)!, $"{id}.{language}.md"));
                text = IdLine().Replace(text, "id: " + newId, 1);
                text = RelatedLine().Replace(text, "related: []", 1);
                var folder = Path.Combine(target, "faq", topic);
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, $"{newId}.{language}.md"), text);
            }
        }

        return target;
    }

    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }

    [GeneratedRegex("^id: .*$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex("^related: .*$", RegexOptions.Multiline)]
    private static partial Regex RelatedLine();

    [GeneratedRegex("^intent: (greeting|abuse|offtopic_other)\\s*$", RegexOptions.Multiline)]
    private static partial Regex ChatOnly();
}
