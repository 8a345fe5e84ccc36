using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Privacy.Check;

/// <summary>
/// Lives <see cref="ThePerson"/>'s life once on one store and keeps what the scans found at three moments:
/// just before /hapus (everything must be there: proof that the scans would see a leftover), just after it
/// with the bot still running, and after the bot has exited. A life that did not reach a checkpoint fails
/// every test of the class rather than passing with nothing to scan.
/// </summary>
public abstract class PersonLifeFixture : IAsyncLifetime
{
    private TraceScan? beforeErasure;
    private TraceScan? afterErasure;
    private TraceScan? afterExit;
    private PersonLifeRun? run;

    public TraceScan BeforeErasure => beforeErasure ?? throw new InvalidOperationException("The life never reached /hapus.");

    public TraceScan AfterErasure => afterErasure ?? throw new InvalidOperationException("The life never got past /hapus.");

    public TraceScan AfterExit => afterExit ?? throw new InvalidOperationException("The bot never exited.");

    public int Exit => Run.Exit;

    public string Transcript => Run.Transcript;

    public string Logs => Run.Logs;

    /// <summary>Every trace in the captured log output and in any file the run wrote into the working folder.</summary>
    public IReadOnlyList<TraceFinding> LogsAndProducedFiles =>
        TraceFinding.In("log", Run.Logs).Concat(Run.ProducedFiles.SelectMany(f => TraceFinding.InBytes(f, SqliteTraceScan.ReadShared(f)))).ToList();

    private PersonLifeRun Run => run ?? throw new InvalidOperationException("The life did not run.");

    public async Task InitializeAsync()
    {
        var settings = await PrepareAsync();
        run = await PersonLife.RunAsync(settings, async () => beforeErasure = await ScanAsync(), async () => afterErasure = await ScanAsync());
        afterExit = await ScanAsync();
    }

    public abstract Task DisposeAsync();

    /// <summary>Creates the empty store and returns the settings that point the bot at it.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string>> PrepareAsync();

    protected abstract Task<TraceScan> ScanAsync();
}
