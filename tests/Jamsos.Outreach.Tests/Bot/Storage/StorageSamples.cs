using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.SignUps;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>Sample records for the store tests, at fixed times.</summary>
internal static class StorageSamples
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 3, 0, 0, TimeSpan.Zero);

    public static SignUp SignUp(
        string phone = "+6281234567890",
        string name = "Siti Aminah",
        string region = "Jawa Barat",
        bool newsOptIn = true,
        string channel = "telegram",
        string userId = "1001",
        DateTimeOffset? at = null)
    {
        var when = at ?? Monday;
        return new SignUp(
            Phone: phone,
            Name: name,
            Region: region,
            Occupation: "Ojek online",
            ContactMethod: ContactMethod.WhatsApp,
            NewsOptIn: newsOptIn,
            ConsentVersion: "2026-11",
            ConsentAt: when.AddMinutes(-1),
            Channel: channel,
            ChatId: "chat-" + userId,
            UserId: userId,
            Referrer: "posko-bandung",
            Language: "id",
            CreatedAt: when,
            UpdatedAt: when);
    }

    public static ConversationState Conversation(string chatId = "42", string userId = "1001", string channel = "telegram") =>
        new(
            new ChatKey(channel, chatId),
            userId,
            Monday,
            Flow.SignUp,
            new SignUpDraft(SignUpStep.Region, Name: "Budi 🙂", Phone: "+6281234567890"),
            Language: "id",
            Referrer: "posko-bandung",
            LastEntryId: "iuran-bpu",
            LastIntent: "contribution_amount");
}
