using System.Collections;
using System.CommandLine;
using System.Globalization;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Site.Bench;
using Jamsos.Outreach.Site.Generation;

namespace Jamsos.Outreach.Site.Cli;

/// <summary>
/// <c>[build] [--output DIR] [--base-url URL] [--content DIR] [--today YYYY-MM-DD] [--telegram-bot NAME]
/// [--discord-invite URL]</c> and <c>bench [--runs N]</c>: the site's command line. With no verb it builds,
/// as the README and netlify-build.sh call it. Settings come from environment variables (Site__BaseUrl…),
/// then these switches (see <see cref="SiteSettings"/>).
/// </summary>
internal sealed class SiteCommand : RootCommand
{
    private readonly SiteSwitches switches = new();
    private readonly TextWriter stdout;
    private readonly TextWriter stderr;
    private readonly TimeProvider clock;
    private readonly IDictionary environment;

    public SiteCommand(TextWriter stdout, TextWriter stderr, TimeProvider clock, IDictionary environment)
        : base("Jamsos.Outreach site: builds the static FAQ site from content/")
    {
        this.stdout = stdout;
        this.stderr = stderr;
        this.clock = clock;
        this.environment = environment;
        foreach (var (option, _) in switches.Settings)
        {
            // Recursive: the switches work on the bare command line and after either verb.
            option.Recursive = true;
            Options.Add(option);
        }

        var build = new Command("build", "Builds the site (the default when no verb is given)");
        var bench = new Command("bench", "Times the build as a person waits for it, beside Hugo when it is installed") { switches.Runs };
        SetAction(parse => WithSettingsAsync(parse, BuildAsync));
        build.SetAction(parse => WithSettingsAsync(parse, BuildAsync));
        bench.SetAction(parse => WithSettingsAsync(parse, (options, today, runs) => new BenchCommand(stdout, stderr).RunAsync(options, today, runs)));
        Subcommands.Add(build);
        Subcommands.Add(bench);
    }

    /// <summary>Reads the settings (environment, then switches); an invalid one is one sentence and exit code 2.</summary>
    private async Task<int> WithSettingsAsync(ParseResult parse, Func<SiteOptions, DateOnly, int, Task<int>> run)
    {
        SiteOptions options;
        int runs;
        try
        {
            (options, runs) = SiteSettings.Read(switches.Values(parse), environment);
        }
        catch (FormatException ex)
        {
            await stderr.WriteLineAsync($"Invalid setting: {ex.Message} (see --help)").ConfigureAwait(false);
            return 2;
        }

        return await run(options, options.Today ?? ContributionCalculator.Today(clock), runs).ConfigureAwait(false);
    }

    private async Task<int> BuildAsync(SiteOptions options, DateOnly today, int runs)
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
