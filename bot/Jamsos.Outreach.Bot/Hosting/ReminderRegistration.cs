using Jamsos.Outreach.Bot.Core.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Hosting;

internal static class ReminderRegistration
{
    /// <summary>
    /// The "Reminders" section (validated at start), the dispatcher and its hosted scheduler. Call before
    /// AddBotCore so the bound options are the ones the dialogue uses. The channels add their senders.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReminderOptions>>().Value);
        services.AddSingleton<ReminderDispatcher>();
        services.AddHostedService<ReminderScheduler>();
        return services;
    }
}
