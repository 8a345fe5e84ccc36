using Jamsos.Outreach.Tests.Bot.Privacy.Check;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Privacy;

/// <summary>
/// The privacy check (issue 14, point 7) on the default store: one person's whole life through the terminal
/// chat (questions, an unanswered one with an e-mail, a dotted phone and "nama saya …", a "Membantu" vote, a
/// sign-up with consent, /datasaya, /hapus), then every table of the SQLite file, its raw bytes (file, WAL,
/// SHM, anything else in the folder), the log output and any file the run wrote hold no trace of them.
/// </summary>
[Collection(EnvironmentCollectionDefinition.Name)]
public sealed class SqlitePrivacyCheckTests(SqlitePersonLifeFixture life)
    : PrivacyCheckTests<SqlitePersonLifeFixture>(life), IClassFixture<SqlitePersonLifeFixture>
{
    [Fact]
    public void BeforeHapus_RawFileScan_FindsTheNameAndPhone()
    {
        var found = Life.BeforeErasure.Files.Select(f => f.Label).ToHashSet();

        Assert.Subset(found, new HashSet<string> { "name", "phone" });
    }

    [Fact]
    public void AfterHapus_RawDatabaseFiles_HoldNoTraceOfThePerson()
    {
        var left = Life.AfterErasure.Files.Concat(Life.AfterExit.Files).Select(f => f.ToString());

        Assert.Empty(left);
    }

    [Fact]
    public void WholeLife_LogCapture_HeldTheHostsOwnLines()
    {
        var logs = Life.Logs;

        Assert.Contains("Retention: deleted", logs, StringComparison.Ordinal);
    }
}
