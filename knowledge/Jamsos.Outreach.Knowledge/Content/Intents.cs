using System.Collections.Frozen;

namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// The stable intent names of ../shared/intents.md. Every question is classified into exactly one;
/// content files declare one; reports group by them. Do not rename.
/// </summary>
public static class Intents
{
    public const string ContributionAmount = "contribution_amount";
    public const string ContributionBreakdown = "contribution_breakdown";
    public const string ContributionByIncome = "contribution_by_income";
    public const string JhtOptional = "jht_optional";
    public const string PaymentHow = "payment_how";
    public const string PaymentLate = "payment_late";
    public const string RegisterHow = "register_how";
    public const string RegisterDocuments = "register_documents";
    public const string EligibilityBpu = "eligibility_bpu";
    public const string JkkBenefits = "jkk_benefits";
    public const string JkkClaim = "jkk_claim";
    public const string JkmBenefits = "jkm_benefits";
    public const string JkmScholarship = "jkm_scholarship";
    public const string JkmClaim = "jkm_claim";
    public const string JkpEligibility = "jkp_eligibility";
    public const string JkpBenefits = "jkp_benefits";
    public const string OfficeLocation = "office_location";
    public const string SignupIntent = "signup_intent";
    public const string Greeting = "greeting";
    public const string OfftopicKesehatan = "offtopic_kesehatan";
    public const string OfftopicOther = "offtopic_other";
    public const string Abuse = "abuse";

    /// <summary>The intent of a question the engine could not place; never declared by content.</summary>
    public const string Unknown = "unknown";

    public static readonly FrozenSet<string> All = new[]
    {
        ContributionAmount, ContributionBreakdown, ContributionByIncome, JhtOptional, PaymentHow, PaymentLate,
        RegisterHow, RegisterDocuments, EligibilityBpu, JkkBenefits, JkkClaim, JkmBenefits, JkmScholarship,
        JkmClaim, JkpEligibility, JkpBenefits, OfficeLocation, SignupIntent, Greeting, OfftopicKesehatan,
        OfftopicOther, Abuse,
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsKnown(string? intent) => intent is not null && All.Contains(intent);
}
