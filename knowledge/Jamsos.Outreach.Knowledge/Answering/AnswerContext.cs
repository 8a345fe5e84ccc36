using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// What the previous turns of a chat established, so a follow-up can lean on it: after "brp iuran buat
/// ojol?", "kalo penghasilan 3 juta?" is still about an ojol driver's contribution. The chat keeps it
/// (the bot's conversation state) and passes it back with the next question.
/// </summary>
public sealed record AnswerContext(Sector? Sector = null, decimal? Income = null, string? LastIntent = null)
{
    public static readonly AnswerContext None = new();

    /// <summary>The last answer was about contributions: a bare income or sector continues that topic.</summary>
    public bool AboutContributions => LastIntent is Content.Intents.ContributionAmount or Content.Intents.ContributionByIncome or Content.Intents.ContributionBreakdown;
}
