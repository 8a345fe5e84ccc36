using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Hosting;
using Jamsos.Outreach.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Hosting;

/// <summary>The host's reminder settings (section "Reminders") and its hosted scheduler.</summary>
public sealed class ReminderRegistrationTests : IDisposable
{
    private readonly TempDatabase temp = new();

    [Fact]
    public void Build_SendTimeConfigured_TheDialogueAndTheSchedulerUseIt()
    {
        using var host = Build("--Reminders:SendTime=07:30", "--Reminders:Interval=00:01:00");

        var options = host.Services.GetRequiredService<ReminderOptions>();

        Assert.Equal(
            (new TimeOnly(7, 30), TimeSpan.FromMinutes(1), true),
            (options.SendTime, options.Interval, host.Services.GetServices<IHostedService>().Any(s => s is ReminderScheduler)));
    }

    [Fact]
    public async Task StartAsync_IntervalTooShort_FailsValidation()
    {
        using var host = Build("--Reminders:Interval=00:00:01");

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Interval", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();

    private IHost Build(params string[] extra) =>
        BotHost.CreateBuilder(["--Storage:ConnectionString=" + temp.FilePath, .. extra], TimeProvider.System).Build();
}
