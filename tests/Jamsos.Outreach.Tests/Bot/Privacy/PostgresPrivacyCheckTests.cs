using Jamsos.Outreach.Tests.Bot.Privacy.Check;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Privacy;

/// <summary>
/// The privacy check (issue 14, point 7) on PostgreSQL: the same life as <see cref="SqlitePrivacyCheckTests"/>
/// with Storage:Provider=Postgres, then every table of the database (listed from information_schema) and the
/// log output hold no trace of the person.
/// </summary>
[Collection(EnvironmentCollectionDefinition.Name)]
public sealed class PostgresPrivacyCheckTests : IClassFixture<PostgresPersonLifeFixture>
{
    private readonly PostgresPersonLifeFixture life;

    public PostgresPrivacyCheckTests(PostgresPersonLifeFixture life)
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
    public void AfterHapus_EveryTable_HoldsNoTraceOfThePerson()
    {
        var left = life.AfterErasure.Tables.Concat(life.AfterExit.Tables).Select(f => f.ToString());

        Assert.Empty(left);
    }

    [Fact]
    public void WholeLife_LogsAndFilesTheRunWrote_HoldNoTraceOfThePerson()
    {
        var left = life.LogsAndProducedFiles.Select(f => f.ToString());

        Assert.Empty(left);
    }
}
