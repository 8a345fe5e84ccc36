using System.Diagnostics;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// node, the npm packages and chromium that the site checks use. .ci/run installs them, so a missing
/// tool fails the test with what to install rather than skipping it.
/// </summary>
public static class ExternalTools
{
    public const string Chromium = "/usr/bin/chromium";

    public static string Node()
    {
        var node = Which("node");
        Xunit.Assert.True(node is not null, "node is not installed. .ci/run installs it (apt-get install -y nodejs npm).");
        return node!;
    }

    /// <summary>The path of a file inside an npm package of package.json, failing when npm ci has not run.</summary>
    public static string NpmFile(string package, string relativePath)
    {
        var path = Path.Combine(RepositoryRoot.NodeModules, package, relativePath);
        Xunit.Assert.True(File.Exists(path), $"{path} is missing: run 'npm ci' in {RepositoryRoot.Path} (.ci/run does).");
        return path;
    }

    public static string RequireChromium()
    {
        Xunit.Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install -y chromium (.ci/run does). Never a downloaded browser.");
        return Chromium;
    }

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish in {timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
