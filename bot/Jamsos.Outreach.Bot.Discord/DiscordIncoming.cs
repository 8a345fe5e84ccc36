using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Bot.Channels.Discord;

/// <summary>
/// Maps Discord's wire types to the engine's <see cref="IncomingMessage"/>. The chat is the person (their
/// user id), not the channel: in a server many people share a channel, and each has their own form,
/// calculator and language; answers to interactions are ephemeral where that matters.
/// </summary>
internal static class DiscordIncoming
{
    public const string Channel = "discord";

    public static IncomingMessage From(Interaction interaction, string? text, string? payload, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var userId = interaction.Invoker?.Id ?? string.Empty;
        return new IncomingMessage(Channel, userId, userId, text, receivedAt, payload, LanguageHint: interaction.Locale, IsGroup: false, AddressedToBot: true,
            ChannelContact: ContactMethod.Discord);
    }

    public static IncomingMessage From(DiscordMessage message, string text, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(message);
        var userId = message.Author?.Id ?? string.Empty;
        return new IncomingMessage(Channel, userId, userId, text, receivedAt, IsGroup: message.GuildId is not null, AddressedToBot: true,
            ChannelContact: ContactMethod.Discord);
    }

    /// <summary>The language of texts the channel writes itself (modal labels), from Discord's client locale.</summary>
    public static Language LanguageOf(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Id;
}
