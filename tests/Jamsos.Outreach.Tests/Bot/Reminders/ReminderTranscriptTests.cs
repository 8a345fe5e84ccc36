using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Tests.Bot.Conversations;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Reminders;

/// <summary>The /pengingat dialogue as transcripts in both languages, and what it stores.</summary>
[Collection(KnowledgeCollectionDefinition.Name)]
public sealed class ReminderTranscriptTests
{
    private static readonly DateTimeOffset Saturday = new(2026, 11, 21, 3, 0, 0, TimeSpan.Zero);

    private readonly KnowledgeFixture fixture;

    public ReminderTranscriptTests(KnowledgeFixture fixture)
    {
        this.fixture = fixture;
    }

    [Theory]
    [InlineData("reminder_id.txt")]
    [InlineData("reminder_en.txt")]
    public async Task HandleAsync_ReminderTranscript_RepliesAsWritten(string file)
    {
        var stores = new InMemoryStores();
        var clock = new TestClock(Saturday);
        var transcript = new Transcript(() => ConversationTranscriptTests.Engine(fixture, stores, clock), clock);

        await transcript.RunFileAsync(file);
    }

    [Fact]
    public async Task HandleAsync_Agreed_StoresOnlyTheBandFloorWithConsentAndSchedule()
    {
        var (stores, transcript) = Start();

        foreach (var line in new[] { "> /pengingat", "> 10", "> [Transportasi]", "> 3.150.000", "> [Setuju]" })
        {
            await transcript.StepAsync(line);
        }

        var stored = Assert.Single(stores.Reminders.All);
        Assert.Equal(
            (10, Sector.Transport, 2_700_000m, "id", ReminderConsent.Version, Saturday, new DateOnly(2026, 12, 10), new DateTimeOffset(2026, 12, 8, 1, 0, 0, TimeSpan.Zero), 0),
            (stored.Day, stored.Sector, stored.IncomeFrom, stored.Language, stored.ConsentVersion, stored.ConsentAt, stored.NextPayDate, stored.NextSendAt, stored.Unconfirmed));
    }

    [Theory]
    [InlineData("ojol", Sector.Transport)]
    [InlineData("saya kurir", Sector.Transport)]
    [InlineData("lainnya", Sector.Other)]
    public async Task HandleAsync_SectorTypedInsteadOfPressed_IsTaken(string typed, Sector expected)
    {
        var (stores, transcript) = Start();

        foreach (var line in new[] { "> /pengingat", "> 10", "> " + typed, "> 2 juta", "> [Setuju]" })
        {
            await transcript.StepAsync(line);
        }

        Assert.Equal(expected, Assert.Single(stores.Reminders.All).Sector);
    }

    [Fact]
    public async Task HandleAsync_UnclearSectorTyped_StaysAtTheSectorStep()
    {
        var (stores, transcript) = Start();

        // "entahlah" names no sector: the step asks again with its buttons, and the income is not asked before a sector.
        foreach (var line in new[] { "> /pengingat", "> 10", "> entahlah", "> [Transportasi]", "> 2 juta", "> [Setuju]" })
        {
            await transcript.StepAsync(line);
        }

        Assert.Equal(Sector.Transport, Assert.Single(stores.Reminders.All).Sector);
    }

    [Fact]
    public async Task HandleAsync_CancelledAtConfirmation_StoresNothing()
    {
        var (stores, transcript) = Start();

        foreach (var line in new[] { "> /pengingat", "> 10", "> [Lainnya]", "> 2 juta", "> TIDAK" })
        {
            await transcript.StepAsync(line);
        }

        Assert.Empty(stores.Reminders.All);
    }

    [Fact]
    public async Task HandleAsync_PaidPressedUnderAReminder_ResetsTheUnpaidCount()
    {
        var (stores, transcript) = Start();
        foreach (var line in new[] { "> /pengingat", "> 10", "> [Lainnya]", "> 2 juta", "> [Setuju]" })
        {
            await transcript.StepAsync(line);
        }

        await stores.Reminders.UpsertAsync(stores.Reminders.All[0] with { Unconfirmed = 3 });
        var paid = ReminderMessage.Buttons(Language.Id)[0][0];

        var reply = await ConversationTranscriptTests.Engine(fixture, stores, new TestClock(Saturday))
            .HandleAsync(new IncomingMessage("test", "chat-u1", "u1", null, Saturday, Payload: paid.Payload));

        Assert.Equal((0, true), (stores.Reminders.All[0].Unconfirmed, reply.Text.ToPlainText().Contains("Sudah kami catat", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("10", 10)]
    [InlineData("tgl 5", 5)]
    [InlineData("tanggal 28", 28)]
    [InlineData("the 3rd", 3)]
    [InlineData(" 1. ", 1)]
    [InlineData("0", 0)]
    [InlineData("29", 0)]
    [InlineData("31", 0)]
    [InlineData("2,5 juta", 0)]
    [InlineData("100", 0)]
    [InlineData("-5", 0)]
    [InlineData("", 0)]
    [InlineData(null, 0)]
    [InlineData("tanggal", 0)]
    [InlineData("٣", 0)]
    public void ReminderDayText_AnyInput_ReadsOnlyDays1To28(string? text, int expected)
    {
        var ok = ReminderDayText.TryParse(text, out var day);

        Assert.Equal(expected, ok ? day : 0);
    }

    private (InMemoryStores Stores, Transcript Transcript) Start()
    {
        var stores = new InMemoryStores();
        var clock = new TestClock(Saturday);
        return (stores, new Transcript(() => ConversationTranscriptTests.Engine(fixture, stores, clock), clock));
    }
}
