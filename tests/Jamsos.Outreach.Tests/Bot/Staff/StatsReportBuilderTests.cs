using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Staff.Reports;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Staff;

public sealed class StatsReportBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Build_SignUps_CountsByRegionLargestFirst()
    {
        var report = StatsReportBuilder.Build([SignUp("Lebak", 1), SignUp("Kota Serang", 1), SignUp("Kota Serang", 2)], [], [], Now);

        Assert.Equal([new CategoryCount("Kota Serang", 2), new CategoryCount("Lebak", 1)], report.SignUpsByRegion);
    }

    [Fact]
    public void Build_SignUpWithoutReferrer_CountsUnderNoAgent()
    {
        var report = StatsReportBuilder.Build([SignUp("Lebak", 1, referrer: "K7M2QX"), SignUp("Lebak", 1)], [], [], Now);

        Assert.Contains(new CategoryCount(StatsReportBuilder.NoAgent, 1), report.SignUpsByAgent);
    }

    [Fact]
    public void Build_FeedbackAndUnanswered_CountsHelpfulAndIntents()
    {
        Feedback[] feedback = [new("a", "iuran", true, "telegram", "id", Now), new("b", "jkk", false, "telegram", "id", Now), new("a", "iuran", true, "discord", "id", Now)];
        UnansweredQuestion[] unanswered = [new("q1", "jkp", 0.2, "id", "telegram", Now), new("q2", "jkp", 0.1, "id", "telegram", Now)];

        var report = StatsReportBuilder.Build([], feedback, unanswered, Now);

        Assert.Equal((2, 1, "jkp", 2), (report.FeedbackHelpful, report.FeedbackNotHelpful, report.UnansweredByIntent[0].Label, report.UnansweredByIntent[0].Count));
    }

    [Fact]
    public void Build_BeforeRemindersExist_LeavesReminderFiguresEmpty()
    {
        var report = StatsReportBuilder.Build([SignUp("Lebak", 1)], [], [], Now);

        Assert.Equal((null, null), (report.RemindersActive, report.LapseWarningsSent));
    }

    [Fact]
    public void Build_WithReminderCounts_ShowsThem()
    {
        var counts = Jamsos.Outreach.Bot.Core.Reminders.ReminderCountsBuilder.From([("K7M2QX", 2, 1), (null, 1, 3)]);

        var report = StatsReportBuilder.Build([], [], [], Now, reminders: counts);

        Assert.Equal((3, 4), (report.RemindersActive, report.LapseWarningsSent));
    }

    [Fact]
    public void PerDay_GapBetweenSignUps_CountsZeroForTheMissingDay()
    {
        var days = StatsReportBuilder.PerDay([new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 3)]);

        Assert.Equal([1, 0, 2], days.Select(d => d.Count));
    }

    [Fact]
    public void PerDay_LongerThanTheLimit_KeepsTheMostRecentDays()
    {
        var first = new DateOnly(2026, 1, 1);

        var days = StatsReportBuilder.PerDay([first, first.AddDays(200)]);

        Assert.Equal((StatsReportBuilder.MaxDays, first.AddDays(200)), (days.Count, days[^1].Day));
    }

    [Fact]
    public void Top_MoreLabelsThanRoom_SumsTheRestIntoOneBar()
    {
        var counts = StatsReportBuilder.Top(["a", "a", "a", "b", "b", "c", "d"], top: 3);

        Assert.Equal([new CategoryCount("a", 3), new CategoryCount("b", 2), new CategoryCount("lainnya (2)", 2)], counts);
    }

    private static SignUp SignUp(string region, int day, string? referrer = null) =>
        new($"+62812000{day}{region.Length}", "Nama", region, "Ojol", ContactMethod.WhatsApp, false, "v1", Now, "telegram", "c", "u", referrer, "id",
            new DateTimeOffset(2026, 12, day, 3, 0, 0, TimeSpan.Zero), Now);
}
