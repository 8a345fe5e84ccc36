using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// .github/workflows/daily-rebuild.yml (issue 15): a daily schedule and a manual start, posting to the
/// Netlify build hook held in the NETLIFY_BUILD_HOOK secret, never to a hook written into the repository.
/// GitHub itself is not run here; the README says how the hook and the secret are made.
/// </summary>
public sealed class DailyRebuildWorkflowTests
{
    private static readonly string Workflow = File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".github", "workflows", "daily-rebuild.yml"));

    [Fact]
    public void Triggers_ScheduleAndManualStart_BothPresent()
    {
        // Daily at 00:05 in Jakarta, so each build is for the new day.
        var triggers = (Workflow.Contains("- cron: \"5 17 * * *\"", StringComparison.Ordinal),
            Workflow.Contains("\n  workflow_dispatch:", StringComparison.Ordinal));

        Assert.Equal((true, true), triggers);
    }

    [Fact]
    public void Hook_ComesFromTheSecret_NotFromTheRepository()
    {
        var hook = (Workflow.Contains("${{ secrets.NETLIFY_BUILD_HOOK }}", StringComparison.Ordinal),
            Workflow.Contains("api.netlify.com/build_hooks/", StringComparison.Ordinal));

        Assert.Equal((true, false), hook);
    }

    [Fact]
    public void Request_IsAPostThatFailsTheRunWhenRefused()
    {
        var request = (Workflow.Contains("-X POST", StringComparison.Ordinal), Workflow.Contains("--fail", StringComparison.Ordinal));

        Assert.Equal((true, true), request);
    }
}
