using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Jamsos.Outreach.Site;
using Jamsos.Outreach.Site.Generation;
using Jamsos.Outreach.Site.Steps;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// The whole site built from Fixtures/site/content must equal Fixtures/site/golden, file by file. After
/// a deliberate change, UPDATE_GOLDEN=1 rewrites the golden folder in the source tree (review the diff).
/// </summary>
public sealed partial class GoldenSiteTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 21);
    private readonly string output = Path.Combine(Path.GetTempPath(), "jamsos-golden-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Build_FixtureContent_MatchesGoldenFiles()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "site");
        var options = new SiteOptions { ContentPath = Path.Combine(fixture, "content") };

        await SiteGenerator.Default().BuildAsync(options, Today, output);

        var actual = Files(output);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Rewrite(SourceGoldenFolder(), actual);
        }

        var expected = Files(Path.Combine(fixture, "golden"));
        var problems = new StringBuilder();
        foreach (var missing in expected.Keys.Except(actual.Keys))
        {
            problems.AppendLine($"not written any more: {missing}");
        }

        foreach (var (path, text) in actual)
        {
            if (!expected.TryGetValue(path, out var golden))
            {
                problems.AppendLine($"new file: {path}");
            }
            else if (golden != text)
            {
                problems.AppendLine($"differs: {path}: {FirstDifference(golden, text)}");
            }
        }

        Assert.True(problems.Length == 0, problems + "Run UPDATE_GOLDEN=1 dotnet test --filter GoldenSiteTests and review the diff.");
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>
    /// Every output file but the assets (the generator's own embedded files). Their hashed names are
    /// written as site.HASH.css in the golden files, so a stylesheet edit does not change every page.
    /// </summary>
    private static SortedDictionary<string, string> Files(string root)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!relative.StartsWith("assets/", StringComparison.Ordinal) && relative != WriteOutputStep.Marker)
            {
                files[relative] = AssetHash().Replace(File.ReadAllText(file), "/assets/$1.HASH.$2");
            }
        }

        return files;
    }

    private static void Rewrite(string golden, SortedDictionary<string, string> files)
    {
        if (Directory.Exists(golden))
        {
            Directory.Delete(golden, recursive: true);
        }

        foreach (var (path, text) in files)
        {
            var target = Path.Combine(golden, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }

        // The copy in the test binaries is what the comparison reads; refresh it too.
        var copy = Path.Combine(AppContext.BaseDirectory, "Fixtures", "site", "golden");
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        foreach (var (path, text) in files)
        {
            var target = Path.Combine(copy, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
    }

    private static string SourceGoldenFolder([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures", "site", "golden");

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end)";
            var a = i < actualLines.Length ? actualLines[i] : "(end)";
            if (e != a)
            {
                return $"line {i + 1}\n  expected: {Clip(e)}\n  actual:   {Clip(a)}";
            }
        }

        return "(same lines, different line endings)";
    }

    [GeneratedRegex("/assets/([a-z]+)\\.[0-9a-f]{10}\\.(css|js)")]
    private static partial Regex AssetHash();

    private static string Clip(string line) => line.Length > 300 ? line[..300] + "…" : line;
}
