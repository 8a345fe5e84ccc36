namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>Why the work stopped (facts P6).</summary>
public enum JobLossReason
{
    LaidOff,
    LaidOffBeforeContractEnd,
    Resigned,
    ContractEnded,
    Retired,
    PlatformDeactivated,
}
