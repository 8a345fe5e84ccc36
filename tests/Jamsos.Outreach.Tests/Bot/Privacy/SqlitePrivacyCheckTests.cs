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
public sealed class SqlitePrivacyCheckTests : IClassFixture<SqlitePersonLifeFixture>
{
    private readonly SqlitePersonLifeFixture life;

    public SqlitePrivacyCheckTests(SqlitePersonLifeFixture life)
    {
        this.life = life;
    }

    [Fact]
    public void Life_AsTheTerminalShowedIt_SignedUpVotedKeptAQuestionAndWasErased()
    {
        var transcript = life.Transcript;

        Assert.Equal(
            (0, true, true, true, true),
            (life.Exit, transcript.Contains("Nama: " + ThePerson.Name, StringComparison.Ordinal), transcript.Contains("(\"Membantu?\"): 1.", StringComparison.Ordinal),
                transcript.Contains(ThePerson.QuestionCore, StringComparison.Ordinal), transcript.Contains("Data Anda sudah kami hapus", StringComparison.Ordinal)));
    }

    [Fact]
    public void BeforeHapus_TableScan_FindsTheNamePhoneChatIdQuestionAndPersonHash()
    {
        var found = life.BeforeErasure.Tables.Select(f => f.Label).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["chat id", "name", "person hash", "phone", "question"], found);
    }

    [Fact]
    public void BeforeHapus_RawFileScan_FindsTheNameAndPhone()
    {
        var found = life.BeforeErasure.Files.Select(f => f.Label).ToHashSet();

        Assert.Subset(found, new HashSet<string> { "name", "phone" });
    }

    [Fact]
    public void AfterHapus_EveryTable_HoldsNoTraceOfThePerson()
    {
        var left = life.AfterErasure.Tables.Concat(life.AfterExit.Tables).Select(f => f.ToString());

        Assert.Empty(left);
    }

    [Fact]
    public void AfterHapus_RawDatabaseFiles_HoldNoTraceOfThePerson()
    {
        var left = life.AfterErasure.Files.Concat(life.AfterExit.Files).Select(f => f.ToString());

        Assert.Empty(left);
    }

    [Fact]
    public void WholeLife_LogCapture_HeldTheHostsOwnLines()
    {
        var logs = life.Logs;

        Assert.Contains("Retention: deleted", logs, StringComparison.Ordinal);
    }

    [Fact]
    public void WholeLife_LogsAndFilesTheRunWrote_HoldNoTraceOfThePerson()
    {
        var left = life.LogsAndProducedFiles.Select(f => f.ToString());

        Assert.Empty(left);
    }
}
