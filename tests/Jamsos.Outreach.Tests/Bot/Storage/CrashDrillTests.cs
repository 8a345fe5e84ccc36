using Microsoft.Data.Sqlite;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>
/// The issue's durability drill: a child process killed with SIGKILL in the middle of 200 concurrent
/// sign-ups loses no confirmed sign-up and leaves no duplicate.
/// </summary>
public sealed class CrashDrillTests : IClassFixture<CrashDrillRun>
{
    private readonly CrashDrillRun run;

    public CrashDrillTests(CrashDrillRun run)
    {
        this.run = run;
    }

    [Fact]
    public void Drill_Killed_LandedBeforeTheDrillFinished()
    {
        var finishedAlone = run.ExitedBeforeKill;

        Assert.False(finishedAlone, $"the child finished all {CrashDrillRun.Rounds * CrashDrillRun.Count} writes before the kill: the drill proved nothing");
    }

    [Fact]
    public void Drill_Killed_KeepsEveryConfirmedSignUp()
    {
        var stored = Query("SELECT phone FROM signups;");

        Assert.Empty(run.Confirmed.Except(stored));
    }

    [Fact]
    public void Drill_Killed_LeavesNoDuplicatePhone()
    {
        var stored = Query("SELECT phone FROM signups;");

        Assert.Equal(stored.Count, stored.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Drill_Killed_LeavesOnlyDrillPhones()
    {
        var stored = Query("SELECT phone FROM signups;");

        Assert.All(stored, phone => Assert.Matches(@"^\+62812000\d{5}$", phone));
    }

    [Fact]
    public void Drill_Killed_PassesIntegrityCheck()
    {
        var result = Query("PRAGMA integrity_check;");

        Assert.Equal(["ok"], result);
    }

    private List<string> Query(string sql)
    {
        // A plain, unpooled connection: opening the file replays its WAL exactly as a restarted bot would.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = run.DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
