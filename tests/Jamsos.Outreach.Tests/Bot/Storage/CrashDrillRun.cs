using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>
/// Runs the drill once for <see cref="CrashDrillTests"/>: this test assembly as a child process
/// (<see cref="Support.TestProgram"/>, the <see cref="Support.CrashDrillVerb"/>) doing 200
/// concurrent sign-ups (then rounds of updates to the same phones) into a fresh file, killed with
/// SIGKILL once it has confirmed <see cref="KillAfter"/> of them. What it confirmed and the file it left
/// are then looked at by the tests.
/// </summary>
public sealed partial class CrashDrillRun : IAsyncLifetime
{
    public const int Count = 200;

    public const int KillAfter = 60;

    /// <summary>
    /// Far more rounds than the kill lets run: 400 synced commits take about 0.2 s here, so with two
    /// rounds a test process stalled for that long (a busy CI agent) would see the child finish first
    /// and the drill would prove nothing. Normally the kill still lands in the first round.
    /// </summary>
    public const int Rounds = 25;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "jamsos-outreach-tests", "drill-" + Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(folder, "drill.db");

    /// <summary>Every phone the child printed as committed before it died, including lines still in the pipe at the kill.</summary>
    public HashSet<string> Confirmed { get; } = new(StringComparer.Ordinal);

    public bool ExitedBeforeKill { get; private set; }

    public int ConfirmedLines { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);

        // The test assembly itself, with its own entry point (Support/TestProgram.cs) and runtimeconfig.json.
        var host = typeof(Support.TestProgram).Assembly.Location;
        Assert.True(File.Exists(host), $"the built test assembly is not where it says: {host}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { host, "crash-drill", "--db", DatabasePath, "--count", Count.ToString(CultureInfo.InvariantCulture), "--rounds", Rounds.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start the drill");
        var errors = child.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            while (ConfirmedLines < KillAfter && await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                Record(line);
            }

            ExitedBeforeKill = child.HasExited;
        }
        finally
        {
            try
            {
                // On Linux this is SIGKILL: no finally blocks, no flush, no SQLite close in the child.
                child.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It had already exited; ExitedBeforeKill says so and a test fails on it.
            }

            await child.WaitForExitAsync(CancellationToken.None);
        }

        // Lines the child wrote before dying but we had not read yet were also confirmed commits.
        foreach (var line in (await child.StandardOutput.ReadToEndAsync()).Split('\n'))
        {
            Record(line);
        }

        Assert.True(ConfirmedLines >= KillAfter, "the drill confirmed only " + ConfirmedLines + " sign-ups; stderr: " + await errors);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }

    private void Record(string line)
    {
        // Only whole lines count: a line cut by the kill is shorter than the pattern.
        var match = ConfirmedLine().Match(line);
        if (match.Success)
        {
            ConfirmedLines++;
            Confirmed.Add(match.Groups[1].Value);
        }
    }

    [GeneratedRegex(@"^CONFIRMED (\+62812\d{8})$")]
    private static partial Regex ConfirmedLine();
}
