namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>The /iuran dialogue: income first, then sector.</summary>
public sealed record CalculatorDraft(decimal? Income = null);
