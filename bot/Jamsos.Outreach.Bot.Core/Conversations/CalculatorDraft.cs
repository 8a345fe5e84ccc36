namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// The /iuran dialogue: income first, then sector. <paramref name="Language"/> is the code of the language of the message
/// that gave the income: the sector question, its re-ask and the answer stay in it (a pressed button carries no text to tell).
/// </summary>
public sealed record CalculatorDraft(decimal? Income = null, string? Language = null);
