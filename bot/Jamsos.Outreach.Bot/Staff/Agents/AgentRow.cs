using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Staff.Agents;

/// <summary>
/// One agent with what came through their code: sign-ups (and the latest), and questions the bot could
/// not answer in chats opened through their link. Reminders per agent come with the reminder store.
/// </summary>
internal sealed record AgentRow(Agent Agent, int SignUps, DateTimeOffset? LastSignUp, int UnansweredQuestions);
