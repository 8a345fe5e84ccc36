using System.Net;
using Jamsos.Outreach.Bot.Channels.Discord.Rendering;
using Jamsos.Outreach.Bot.Channels.Discord.Rest;
using Jamsos.Outreach.Bot.Channels.Discord.Wire;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;

namespace Jamsos.Outreach.Bot.Channels.Discord.Reminders;

/// <summary>
/// Sends a reminder as a DM (a Discord chat's id is the person's user id): opens the DM channel, then posts
/// through <see cref="DiscordRestClient"/>, which follows Discord's per-route and global rate limits. A DM
/// Discord refuses (403: DMs closed, no shared server, or the bot blocked; 404: unknown user) ends the reminder.
/// </summary>
internal sealed class DiscordReminderSender : IReminderSender
{
    private readonly DiscordRestClient rest;

    public DiscordReminderSender(DiscordRestClient rest)
    {
        this.rest = rest;
    }

    public string Channel => DiscordIncoming.Channel;

    public async Task<ReminderDelivery> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            var dm = await rest.CreateDmAsync(chatId, cancellationToken).ConfigureAwait(false);
            var nonce = "m" + Guid.NewGuid().ToString("N")[..20];
            var chunks = DiscordRenderer.Render(reply, chatId, ephemeral: false);
            for (var i = 0; i < chunks.Count; i++)
            {
                // One nonce per chunk: a timed-out send retried by the client is not posted twice.
                var body = chunks[i] with { AllowedMentions = AllowedMentions.None, EnforceNonce = true, Nonce = nonce + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
                await rest.CreateMessageAsync(dm.Id, body, cancellationToken).ConfigureAwait(false);
            }

            return ReminderDelivery.Sent;
        }
        catch (DiscordApiException ex) when (ex.Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            return ReminderDelivery.Blocked;
        }
        catch (DiscordApiException)
        {
            return ReminderDelivery.Failed;
        }
    }
}
