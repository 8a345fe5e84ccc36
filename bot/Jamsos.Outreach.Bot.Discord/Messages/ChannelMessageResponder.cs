using Jamsos.Outreach.Bot.Channels.Discord.Gateway;
using Jamsos.Outreach.Bot.Channels.Discord.Rendering;
using Jamsos.Outreach.Bot.Channels.Discord.Rest;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Extensions.Logging;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Channels.Discord.Messages;

/// <summary>
/// Typed messages: every DM, and in server channels (all it can read, or only those in
/// <c>Discord:AnswerChannelIds</c> when that allow-list is set) the messages that mention the bot or reply to it. Never bots (the bot itself included), webhooks, or empty content (what a message looks
/// like without the MESSAGE_CONTENT intent). Each message id is answered once. The answer is a reply
/// (no reply ping, no pings at all) with a nonce per chunk, so a retried send never posts twice. A
/// private answer asked for in a server (the sign-up, /hapus) goes to the person's DMs instead.
/// </summary>
internal sealed partial class ChannelMessageResponder
{
    private readonly ConversationEngine engine;
    private readonly DiscordRestClient rest;
    private readonly IProcessedUpdateStore processed;
    private readonly GatewaySession session;
    private readonly HashSet<string> answerChannels;
    private readonly ILogger logger;

    public ChannelMessageResponder(ConversationEngine engine, DiscordRestClient rest, IProcessedUpdateStore processed, GatewaySession session, DiscordOptions options, ILogger<ChannelMessageResponder> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.engine = engine;
        this.rest = rest;
        this.processed = processed;
        this.session = session;
        this.logger = logger;
        answerChannels = new HashSet<string>(options.AnswerChannelIds, StringComparer.Ordinal);
    }

    /// <summary>The cheap checks, on the receive loop.</summary>
    public bool IsWorthAnswering(DiscordMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var botId = session.BotUserId;
        if (message.Author is not { Bot: not true } author || author.Id == botId || message.WebhookId is not null || string.IsNullOrWhiteSpace(message.Content))
        {
            return false;
        }

        // An empty allow-list means every channel the bot can read: to a new community admin a bot that
        // ignores its mentions looks broken.
        var allowed = answerChannels.Count == 0 || answerChannels.Contains(message.ChannelId);
        return message.GuildId is null || (allowed && botId is not null && MentionDetector.IsAddressedTo(message, botId));
    }

    public async Task AnswerAsync(DiscordMessage message, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!await processed.TryMarkAsync(DiscordIncoming.Channel, "m:" + message.Id, cancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(logger, message.Id);
            return;
        }

        var text = MentionDetector.WithoutMention(message.Content ?? string.Empty, session.BotUserId);
        var incoming = DiscordIncoming.From(message, text.Length == 0 ? "/start" : text, receivedAt);
        var reply = IsSignUpCommand(text)
            ? SignUpInvitation(DiscordIncoming.LanguageOf(null))
            : await engine.HandleAsync(incoming, cancellationToken).ConfigureAwait(false);
        if (reply.IsNone)
        {
            return;
        }

        var userId = message.Author!.Id;
        var channelId = message.ChannelId;
        MessageReference? replyTo = new() { MessageId = message.Id, FailIfNotExists = false };
        if (reply.Private && message.GuildId is not null)
        {
            var dm = await rest.CreateDmAsync(userId, cancellationToken).ConfigureAwait(false);
            await SendAsync(channelId, message.Id + "p", [new MessageBody { Content = "🔒 Saya balas lewat pesan pribadi. / I replied in your DMs." }], replyTo, cancellationToken).ConfigureAwait(false);
            channelId = dm.Id;
            replyTo = null;
        }

        await SendAsync(channelId, message.Id, DiscordRenderer.Render(reply, userId, ephemeral: false), replyTo, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsSignUpCommand(string text)
    {
        var word = text.Split([' ', '\n', '\t', '@'], 2)[0];
        return string.Equals(word, "/daftar", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A modal needs an interaction, so a typed /daftar gets a button that opens it.</summary>
    private static Reply SignUpInvitation(Knowledge.Content.Language l) => Reply.Of(
        T(l, "Isi formulir singkat supaya tim kami bisa menghubungi Anda. Tekan tombol di bawah.", "Fill in a short form so our team can contact you. Press the button below."),
        [new Button(T(l, "📝 Isi formulir", "📝 Open the form"), DiscordCustomId.SignUpStart)]);

    private async Task SendAsync(string channelId, string nonceBase, IReadOnlyList<MessageBody> chunks, MessageReference? replyTo, CancellationToken cancellationToken)
    {
        for (var i = 0; i < chunks.Count; i++)
        {
            var body = chunks[i] with
            {
                Flags = null,
                MessageReference = i == 0 ? replyTo : null,
                AllowedMentions = AllowedMentions.NoneNoReplyPing,

                // At most 25 characters: "r" + a snowflake (≤ 20 digits, "p" for the DM notice) + chunk number.
                Nonce = $"r{nonceBase}-{i}",
                EnforceNonce = true,
            };
            await rest.CreateMessageAsync(channelId, body, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord message {MessageId} was delivered again; already answered")]
    private static partial void LogDuplicate(ILogger logger, string messageId);
}
