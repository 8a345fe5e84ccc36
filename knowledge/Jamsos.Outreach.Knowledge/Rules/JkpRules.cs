using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Rules;

/// <summary>
/// JKP (job-loss benefit) rules, date-aware: which regime applies on a date, and who can get it. Only
/// wage earners laid off by an employer qualify (PP 6/2025 Art. 4(2)(c)); informal workers never do.
/// </summary>
public sealed class JkpRules
{
    public JkpRules(DataCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var cap = catalog.Number("jkp.wage_cap");
        var firstMonths = (int)catalog.Number("jkp.pp37_first_months");
        var first = catalog.Number("jkp.pp37_first_pct");
        var second = catalog.Number("jkp.pp37_second_pct");
        var pp6Months = (int)catalog.Number("jkp.pp6_months");
        Old = new JkpRegime(
            "PP 37/2021",
            catalog.Date("jkp.pp37_effective"),
            Enumerable.Repeat(first, firstMonths).Concat(Enumerable.Repeat(second, pp6Months - firstMonths)).ToArray(),
            (int)catalog.Number("jkp.pp37_claim_months"),
            cap);
        Current = new JkpRegime(
            "PP 6/2025",
            catalog.Date("jkp.pp6_effective"),
            Enumerable.Repeat(catalog.Number("jkp.pp6_pct"), pp6Months).ToArray(),
            (int)catalog.Number("jkp.pp6_claim_months"),
            cap);
    }

    public JkpRegime Old { get; }

    public JkpRegime Current { get; }

    /// <summary>The regime for a layoff on <paramref name="date"/>. Before JKP existed, null.</summary>
    public JkpRegime? RegimeOn(DateOnly date) =>
        date >= Current.Effective ? Current : date >= Old.Effective ? Old : null;

    public JkpDecision Evaluate(WorkerKind kind, JobLossReason reason, DateOnly date)
    {
        var regime = RegimeOn(date) ?? Old;
        if (kind == WorkerKind.Informal || reason == JobLossReason.PlatformDeactivated)
        {
            return new JkpDecision(
                false,
                "JKP hanya untuk pekerja penerima upah yang di-PHK pemberi kerja. Pekerja informal (BPU), termasuk mitra ojol, tidak bisa mendapat JKP.",
                "JKP is only for wage earners laid off by an employer. Informal workers (BPU), app-based drivers included, cannot get JKP.",
                regime);
        }

        return reason switch
        {
            JobLossReason.Resigned => new JkpDecision(false,
                "Pekerja yang mengundurkan diri tidak mendapat JKP.", "Workers who resign do not get JKP.", regime),
            JobLossReason.ContractEnded => new JkpDecision(false,
                "Kontrak PKWT yang selesai sesuai jadwal tidak termasuk PHK untuk JKP.",
                "A fixed-term (PKWT) contract that simply ends is not a layoff for JKP.", regime),
            JobLossReason.Retired => new JkpDecision(false,
                "Pensiun tidak termasuk JKP.", "Retirement does not qualify for JKP.", regime),
            _ => new JkpDecision(true,
                "Pekerja penerima upah yang di-PHK bisa mendapat JKP bila syarat kepesertaannya terpenuhi.",
                "A wage earner who is laid off can get JKP if the membership conditions are met.", regime),
        };
    }
}
