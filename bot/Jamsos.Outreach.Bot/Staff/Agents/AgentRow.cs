using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Staff.Agents;

/// <summary>
/// One agent with what came through their code: sign-ups (and the latest), and questions the bot could
/// not answer in chats opened through their link, and payment reminders active in such chats with the
/// lapse warnings they sent.
/// </summary>
internal sealed record AgentRow(Agent Agent, int SignUps, DateTimeOffset? LastSignUp, int UnansweredQuestions, int Reminders = 0, int LapseWarnings = 0);
