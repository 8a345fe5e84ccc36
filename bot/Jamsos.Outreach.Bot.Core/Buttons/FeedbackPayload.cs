namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>"Membantu?" under an answer: the entry it was about and the vote.</summary>
public sealed record FeedbackPayload(string EntryId, bool Helpful) : Payload;
