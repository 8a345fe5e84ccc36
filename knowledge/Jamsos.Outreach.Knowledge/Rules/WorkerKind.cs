namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>How a person earns, which decides JKP eligibility (facts P1, B3).</summary>
public enum WorkerKind
{
    /// <summary>Informal / self-employed / platform partner (BPU): earns from own work, no employer.</summary>
    Informal,

    /// <summary>Wage earner (PU) in an employment relationship with an employer.</summary>
    WageEarner,
}
