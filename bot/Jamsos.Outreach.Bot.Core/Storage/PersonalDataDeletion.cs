namespace Jamsos.Outreach.Bot.Core.Storage;

/// <summary>What <see cref="IPersonalDataStore.DeletePersonAsync"/> removed.</summary>
public sealed record PersonalDataDeletion(int SignUps, int Conversations, int Questions, int FeedbackVotes, int Reminders = 0);
