namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

internal sealed record ResumeData(string Token, string SessionId, long Seq);
