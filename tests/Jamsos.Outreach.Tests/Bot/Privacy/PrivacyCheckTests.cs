using Jamsos.Outreach.Tests.Bot.Privacy.Check;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Privacy;

/// <summary>
/// What the privacy check (issue 14, point 7) asserts on every store after one person's whole life through
/// the terminal chat (<see cref="PersonLifeFixture"/>): the life happened as the terminal showed it, the
/// tables held the person before /hapus and hold no trace after it, and neither do the logs and files the
/// run wrote. Each store adds what only it has (SQLite: its raw database files).
/// </summary>
public abstract class PrivacyCheckTests<TLife>
    where TLife : PersonLifeFixture
{
    protected PrivacyCheckTests(TLife life)
    {
        Life = life;
    }

    protected TLife Life { get; }

    [Fact]
    public void Life_AsTheTerminalShowedIt_SignedUpVotedKeptAQuestionAndWasErased()
    {
        var transcript = Life.Transcript;

        Assert.Equal(
            (0, true, true, true, true),
            (Life.Exit, transcript.Contains("Nama: " + ThePerson.Name, StringComparison.Ordinal), transcript.Contains("(\"Membantu?\"): 1.", StringComparison.Ordinal),
                transcript.Contains(ThePerson.QuestionCore, StringComparison.Ordinal), transcript.Contains("Data Anda sudah kami hapus", StringComparison.Ordinal)));
    }

    [Fact]
    public void BeforeHapus_TableScan_FindsTheNamePhoneChatIdQuestionAndPersonHash()
    {
        var found = Life.BeforeErasure.Tables.Select(f => f.Label).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(["chat id", "name", "person hash", "phone", "question"], found);
    }

    [Fact]
    public void AfterHapus_EveryTable_HoldsNoTraceOfThePerson()
    {
        var left = Life.AfterErasure.Tables.Concat(Life.AfterExit.Tables).Select(f => f.ToString());

        Assert.Empty(left);
    }

    [Fact]
    public void WholeLife_LogsAndFilesTheRunWrote_HoldNoTraceOfThePerson()
    {
        var left = Life.LogsAndProducedFiles.Select(f => f.ToString());

        Assert.Empty(left);
    }
}
