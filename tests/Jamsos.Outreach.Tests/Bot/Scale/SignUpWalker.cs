using System.Globalization;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Tests.Bot.Telegram.Fakes;

namespace Jamsos.Outreach.Tests.Bot.Scale;

/// <summary>
/// One person signing up on Telegram, step by step, like a real user: each step is sent only after the
/// bot has answered the one before, to the instance <c>instanceFor(step)</c> picks (or the next live one).
/// When an answer never comes (the instance that took the step died with it) the person sends the step
/// again, as a new message, to whichever instance is alive.
/// </summary>
public sealed class SignUpWalker
{
    public const int Steps = 9;

    private readonly WebhookCluster cluster;
    private readonly Func<long> nextUpdateId;

    internal SignUpWalker(WebhookCluster cluster, long chat, int index, Func<long> nextUpdateId)
    {
        this.cluster = cluster;
        this.nextUpdateId = nextUpdateId;
        Chat = chat;
        Index = index;
    }

    public long Chat { get; }

    public int Index { get; }

    /// <summary>The name typed at the first question: letters only, unique per walker.</summary>
    public string Name => "Siti " + Letters(Index);

    public string Phone => "+62813" + Index.ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>Steps whose answer did not come in time and were sent again.</summary>
    public int Resent { get; private set; }

    /// <summary>Steps answered (after a resend or not).</summary>
    public int Answered { get; private set; }

    /// <summary>The update of step <paramref name="step"/> (0: /daftar … 8: the final Kirim).</summary>
    public string Update(int step, long updateId) => step switch
    {
        0 => FakeBotApi.TextUpdate(updateId, "/daftar", Chat, Chat),
        1 => FakeBotApi.TextUpdate(updateId, Name, Chat, Chat),
        2 => FakeBotApi.ContactUpdate(updateId, Phone, Chat, Chat),
        3 => Press(updateId, "r:0"),
        4 => Press(updateId, "o:0"),
        5 => Press(updateId, "c:telegram"),
        6 => Press(updateId, "n:yes"),
        7 => Press(updateId, "consent:yes"),
        8 => Press(updateId, "confirm"),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>
    /// Walks every step. <paramref name="messagesPerStep"/> says how many sendMessage calls each step's
    /// answer has; <paramref name="redeliverStep"/> is posted a second time, unchanged, to the other instance
    /// once answered (a Telegram redelivery the load balancer routed elsewhere).
    /// </summary>
    internal async Task WalkAsync(IReadOnlyList<int> messagesPerStep, Func<int, int> instanceFor, int? redeliverStep, TimeSpan answerTimeout)
    {
        for (var step = 0; step < Steps; step++)
        {
            var update = Update(step, nextUpdateId());
            var before = cluster.Api.CountOf("sendMessage", Chat);
            var (instance, _) = await cluster.PostWithFailoverAsync(instanceFor(step), update);
            if (!await cluster.Api.WaitForChatAsync("sendMessage", Chat, before + messagesPerStep[step], answerTimeout))
            {
                // Sent again as a new message, as the person would; its answer may differ (the step may
                // have been saved before the instance died), so only one message is awaited, then a pause.
                Resent++;
                before = cluster.Api.CountOf("sendMessage", Chat);
                await cluster.PostWithFailoverAsync(instance + 1, Update(step, nextUpdateId()));
                if (!await cluster.Api.WaitForChatAsync("sendMessage", Chat, before + 1, answerTimeout * 4))
                {
                    continue;
                }

                await Task.Delay(300);
            }

            Answered++;
            if (step == redeliverStep)
            {
                await cluster.PostAsync((instance + 1) % cluster.Instances.Count, update);
            }
        }
    }

    private string Press(long updateId, string action) => FakeBotApi.CallbackUpdate(updateId, Payloads.SignUp(action), Chat, Chat, label: "Pilihan");

    private static string Letters(int value)
    {
        var letters = new char[4];
        for (var i = 3; i >= 0; i--)
        {
            letters[i] = (char)((i == 0 ? 'A' : 'a') + (value % 26));
            value /= 26;
        }

        return new string(letters);
    }
}
