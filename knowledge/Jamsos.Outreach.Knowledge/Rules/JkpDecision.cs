namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>Whether JKP can be paid, why (an Indonesian and an English reason), and under which regime.</summary>
public sealed record JkpDecision(bool Eligible, string ReasonId, string ReasonEn, JkpRegime Regime);
