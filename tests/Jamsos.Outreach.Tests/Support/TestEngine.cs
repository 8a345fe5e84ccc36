using Jamsos.Outreach.Bot.Core;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Tests.Bot.Reminders;
using Jamsos.Outreach.Knowledge.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// A <see cref="ConversationEngine"/> composed exactly as the host composes it (AddConversations), over
/// in-memory stores, so tests build the engine the way production does.
/// </summary>
public static class TestEngine
{
    public static ConversationEngine Create(Answerer answerer, InMemoryStores stores, TimeProvider clock, BotOptions? options = null, IConversationStore? conversations = null) =>
        Services(answerer, stores, clock, options, conversations).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true })
            .GetRequiredService<ConversationEngine>();

    /// <summary>The ports the engine needs, registered, with the conversation pipeline on top.</summary>
    public static IServiceCollection Services(Answerer answerer, InMemoryStores stores, TimeProvider clock, BotOptions? options = null, IConversationStore? conversations = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(answerer);
        services.AddSingleton(clock);
        services.AddSingleton(options ?? new BotOptions());
        services.AddSingleton(conversations ?? stores);
        services.AddSingleton<ISignUpStore>(stores);
        services.AddSingleton<IFeedbackStore>(stores);
        services.AddSingleton<IUnansweredStore>(stores);
        services.AddSingleton<IPersonalDataStore>(stores);
        services.AddSingleton<IReminderStore>(stores.Reminders);

        // The channels the tests' chats are on can deliver reminders, as Telegram and Discord (with a token) can
        // in the host; the terminal cannot, so /pengingat there says so instead of storing one that never arrives.
        foreach (var channel in (string[])["telegram", "discord", "test"])
        {
            services.AddSingleton<IReminderSender>(new RecordingReminderSender(channel, clock));
        }

        services.AddSingleton(TestPersonHasher.Instance);
        return services.AddConversations();
    }
}
