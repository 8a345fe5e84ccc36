using System.Diagnostics;
using System.Globalization;
using System.Reflection.PortableExecutable;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;

namespace Jamsos.Outreach.Site.Bench;

/// <summary>
/// <c>bench [--runs N]</c>: wall-clock build times, as a person waits for them (process start
/// included), for the real content and a generated 1,000-answer-page set, beside Hugo building the same
/// Markdown when hugo is installed. Also the in-process time of a warm build, without start-up.
/// Prints the median of N runs after one warm-up run each; our process and Hugo's take turns.
/// </summary>
public sealed class BenchCommand
{
    private const int GeneratedPairs = 500;

    private readonly TextWriter stdout;
    private readonly TextWriter stderr;

    public BenchCommand(TextWriter stdout, TextWriter stderr)
    {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public async Task<int> RunAsync(SiteOptions options, DateOnly today, int runs)
    {
        ArgumentNullException.ThrowIfNull(options);
        var realContent = ContentLocator.Locate(options.ContentPath);
        var work = Path.Combine(Path.GetTempPath(), "jamsos-bench");
        Directory.CreateDirectory(work);
        var generated = GeneratedContent.Create(realContent, Path.Combine(work, "content-1000"), GeneratedPairs);
        var hugo = Which("hugo");
        if (hugo is null)
        {
            await stderr.WriteLineAsync("hugo is not installed (apt-get install -y hugo): only our build is timed.").ConfigureAwait(false);
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores, {runs} runs after one warm-up; medians in ms (min-max)")).ConfigureAwait(false);
        await stdout.WriteLineAsync(IsReadyToRun(typeof(BenchCommand).Assembly.Location)
            ? "The process timed is this ReadyToRun-compiled generator."
            : "The process timed is this JIT-only build; the README's bench command publishes it ReadyToRun (dotnet publish site -c Release -r linux-x64).").ConfigureAwait(false);
        foreach (var (name, content) in new[] { ("real content", realContent), ($"generated {GeneratedPairs * 2} answers", generated) })
        {
            var output = Path.Combine(work, "out-" + name.Split(' ')[0]);
            var pages = 0;
            var inProcess = await TimeAsync(runs, async () =>
            {
                var build = await SiteGenerator.Default().BuildAsync(new SiteOptions { ContentPath = content }, today, output).ConfigureAwait(false);
                pages = build.Pages.Count;
            }).ConfigureAwait(false);
            Func<Task> ours = () => RunAsync(SelfCommand(), [.. SelfArguments(), "--content", content, "--output", output, "--today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
            if (hugo is null)
            {
                var process = (await TimeInterleavedAsync(runs, ours).ConfigureAwait(false))[0];
                await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {pages} pages. Jamsos.Outreach.Site: {process} as a process, {inProcess} in process (warm)")).ConfigureAwait(false);
                continue;
            }

            // The two processes take turns, run by run, so a change in the machine's load falls on both.
            var site = HugoSite.Create(content, Path.Combine(work, "hugo-" + name.Split(' ')[0]));
            var times = await TimeInterleavedAsync(runs, ours, () => RunAsync(hugo, ["--quiet", "-s", site, "-d", Path.Combine(site, "public")])).ConfigureAwait(false);
            var hugoPages = Directory.EnumerateFiles(Path.Combine(site, "public"), "*.html", SearchOption.AllDirectories).Count();
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {pages} pages. Jamsos.Outreach.Site: {times[0]} as a process, {inProcess} in process (warm)")).ConfigureAwait(false);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name}: Hugo {hugoPages} pages in {times[1]}")).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task<string> TimeAsync(int runs, Func<Task> action) =>
        (await TimeInterleavedAsync(runs, action).ConfigureAwait(false))[0];

    /// <summary>One warm-up run of each action, then <paramref name="runs"/> rounds of each in turn; a median (min-max) per action.</summary>
    private static async Task<string[]> TimeInterleavedAsync(int runs, params Func<Task>[] actions)
    {
        foreach (var action in actions)
        {
            await action().ConfigureAwait(false);
        }

        var times = actions.Select(_ => new List<double>()).ToArray();
        for (var i = 0; i < runs; i++)
        {
            for (var a = 0; a < actions.Length; a++)
            {
                var timer = Stopwatch.StartNew();
                await actions[a]().ConfigureAwait(false);
                times[a].Add(timer.Elapsed.TotalMilliseconds);
            }
        }

        return times.Select(Summary).ToArray();
    }

    private static string Summary(List<double> times)
    {
        times.Sort();
        var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"{median:0} ms ({times[0]:0}-{times[^1]:0})");
    }

    /// <summary>This program again: its apphost, or "dotnet the.dll" when started through dotnet.</summary>
    private static string SelfCommand() => Environment.ProcessPath!;

    private static string[] SelfArguments() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet"
            ? [typeof(BenchCommand).Assembly.Location]
            : [];

    private static async Task RunAsync(string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} exited with {process.ExitCode}: {await error.ConfigureAwait(false)}{await output.ConfigureAwait(false)}");
        }
    }

    /// <summary>Whether an assembly carries ReadyToRun native code (a managed native header in its CLI header).</summary>
    internal static bool IsReadyToRun(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
