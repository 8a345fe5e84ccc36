using System.Globalization;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Site.Bench;
using Jamsos.Outreach.Site.Generation;

namespace Jamsos.Outreach.Site.Cli;

/// <summary>
/// <c>[build] [--output DIR] [--base-url URL] [--content DIR] [--today YYYY-MM-DD] [--telegram-bot NAME]
/// [--discord-invite URL]</c> and <c>bench [--runs N]</c>. Settings come from environment variables
/// (Site__BaseUrl…), then these switches (see <see cref="SiteSettings"/>).
/// </summary>
public static class SiteCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "build";
        var rest = verb == "build" && (args.Length == 0 || args[0].StartsWith('-')) ? args : args[1..];
        SiteOptions options;
        int runs;
        try
        {
            (options, runs) = SiteSettings.Read(rest, Environment.GetEnvironmentVariables());
        }
        catch (FormatException ex)
        {
            await stderr.WriteLineAsync($"Invalid setting: {ex.Message} Usage: [build|bench] {string.Join(' ', SiteSettings.Switches.Keys.Select(k => k + " …"))}").ConfigureAwait(false);
            return 2;
        }

        var today = options.Today ?? ContributionCalculator.Today(clock);
        try
        {
            switch (verb)
            {
                case "build":
                    return await BuildAsync(options, today, stdout).ConfigureAwait(false);
                case "bench":
                    return await new BenchCommand(stdout, stderr).RunAsync(options, today, runs).ConfigureAwait(false);
                default:
                    await stderr.WriteLineAsync($"Unknown verb '{verb}': use build or bench.").ConfigureAwait(false);
                    return 2;
            }
        }
        catch (ContentException ex)
        {
            await stderr.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> BuildAsync(SiteOptions options, DateOnly today, TextWriter stdout)
    {
        var output = Path.GetFullPath(options.OutputPath ?? "site-output");
        var build = await SiteGenerator.Default().BuildAsync(options, today, output).ConfigureAwait(false);
        var total = build.Timings.Sum(t => t.Elapsed.TotalMilliseconds);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {build.Pages.Count} pages ({build.Files.Count} files) for {today:yyyy-MM-dd} to {output} in {total:0} ms")).ConfigureAwait(false);
        await stdout.WriteLineAsync(string.Join("  ", build.Timings.Select(t =>
            string.Create(CultureInfo.InvariantCulture, $"{t.Step} {t.Elapsed.TotalMilliseconds:0} ms")))).ConfigureAwait(false);
        return 0;
    }
}
