namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>A topic of the menu (see <see cref="Conversations.Topics"/>).</summary>
public sealed record TopicPayload(string Topic) : Payload;
