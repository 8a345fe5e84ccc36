using Jamsos.Outreach.Bot.Core.Commands;
using Jamsos.Outreach.Bot.Core.Commands.Staff;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.SignUps;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Jamsos.Outreach.Knowledge.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Bot.Core;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The conversation pipeline: <see cref="ConversationEngine"/>, its collaborators, both dialogues, the
    /// rate limiter and every command. Expects <see cref="Answerer"/>, the stores (conversations,
    /// sign-ups, feedback, unanswered, personal data, reminders), <see cref="BotOptions"/> and <see cref="TimeProvider"/> to be registered.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddSingleton(sp => new UserRateLimiter(sp.GetRequiredService<BotOptions>().RateLimitPerMinute, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new CrisisPaths(sp.GetRequiredService<Answerer>().Knowledge));
        services.AddSingleton<SignUpDialogue>();
        services.AddSingleton<CalculatorDialogue>();
        services.AddSingleton<ConversationMemory>();
        services.AddSingleton<AnswerReplies>();
        services.AddSingleton<SignUpTurns>();
        services.TryAddSingleton(new ReminderOptions());
        services.AddSingleton<ReminderMessage>();
        services.AddSingleton<ReminderTurns>();
        services.AddCommands();
        services.AddSingleton<PayloadRouter>();
        services.AddSingleton<TurnRouter>();
        services.AddSingleton<ConversationEngine>();
        return services;
    }

    private static void AddCommands(this IServiceCollection services)
    {
        // /start ?daftar runs the sign-up command itself, so that one is also registered by its type.
        services.AddSingleton<SignUpCommand>();
        services.AddSingleton<ICommand>(sp => sp.GetRequiredService<SignUpCommand>());
        services.AddSingleton<ICommand, StartCommand>();
        services.AddSingleton<ICommand, MenuCommand>();
        services.AddSingleton<ICommand, CalculatorCommand>();
        services.AddSingleton<ICommand, OfficeCommand>();
        services.AddSingleton<ICommand, DeathCommand>();
        services.AddSingleton<ICommand, AccidentCommand>();
        services.AddSingleton<ICommand, LanguageCommand>();
        services.AddSingleton<ICommand, DeleteDataCommand>();
        services.AddSingleton<ICommand, MyDataCommand>();
        services.AddSingleton<ICommand, ReminderCommand>();
        services.AddSingleton<ICommand, HelpCommand>();
        services.AddSingleton<ICommand, CancelCommand>();
        services.AddSingleton<ICommand, ExportCommand>();
        services.AddSingleton<ICommand, StatsCommand>();
        services.AddSingleton<ICommand, UnansweredCommand>();
        services.AddSingleton<CommandRegistry>();
    }
}
