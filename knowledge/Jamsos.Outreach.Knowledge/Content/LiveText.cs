using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Sentences that depend on the date of the question (or of the site build): which PP 50/2025 discount
/// is in force, for whom and until when. Written from the data, so a changed period changes the text.
/// </summary>
public sealed class LiveText
{
    public const string DiscountStatus = "live.discount_status";

    public static readonly FrozenSet<string> Keys = new[] { DiscountStatus }.ToFrozenSet(StringComparer.Ordinal);

    private readonly DataCatalog catalog;
    private readonly DiscountPolicy discounts;

    public LiveText(DataCatalog catalog, DiscountPolicy discounts)
    {
        this.catalog = catalog;
        this.discounts = discounts;
    }

    public string Render(string text, Language language, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        var token = "{{" + DiscountStatus + "}}";
        return text.Contains(token, StringComparison.Ordinal)
            ? text.Replace(token, DiscountStatusText(language, date), StringComparison.Ordinal)
            : text;
    }

    public string DiscountStatusText(Language language, DateOnly date)
    {
        var transport = discounts.PeriodFor(Sector.Transport)!;
        var other = discounts.PeriodFor(Sector.Other)!;
        var en = language == Language.En;
        string M(DateOnly d) => ValueFormatter.Month(d, language);
        var rate = ValueFormatter.Percent(discounts.Rate, language);
        var regulation = transport.Regulation;
        var amount = catalog.Get("iuran.minimum_discounted").ToText(language);
        var tIn = transport.Covers(date);
        var oIn = other.Covers(date);

        if (tIn && oIn)
        {
            return en
                ? $"Right now there is a {rate} discount ({regulation}) on JKK and JKM, so the cheapest package is {amount}. Transport workers (ojol, opang, drivers, couriers) get it for {M(transport.FirstMonth)} to {M(transport.LastMonth)}; other informal workers for {M(other.FirstMonth)} to {M(other.LastMonth)}."
                : $"Saat ini ada diskon {rate} ({regulation}) untuk JKK dan JKM, jadi paket termurah {amount}. Sektor transportasi (ojol, opang, sopir, kurir) dapat diskon untuk iuran {M(transport.FirstMonth)} sampai {M(transport.LastMonth)}; BPU lain {M(other.FirstMonth)} sampai {M(other.LastMonth)}.";
        }

        if (tIn)
        {
            var othersWhen = other.HasEndedBy(date)
                ? (en ? $"ended in {M(other.LastMonth)}" : $"sudah berakhir {M(other.LastMonth)}")
                : (en ? $"runs {M(other.FirstMonth)} to {M(other.LastMonth)}" : $"berlaku {M(other.FirstMonth)} sampai {M(other.LastMonth)}");
            return en
                ? $"Right now the {rate} discount ({regulation}) is only for transport workers (ojol, opang, drivers, couriers), until {M(transport.LastMonth)}: the cheapest package is {amount}. For other informal workers it {othersWhen}."
                : $"Saat ini diskon {rate} ({regulation}) hanya untuk sektor transportasi (ojol, opang, sopir, kurir) sampai {M(transport.LastMonth)}: paket termurah {amount}. Untuk BPU lain, diskonnya {othersWhen}.";
        }

        if (transport.HasNotStartedBy(date))
        {
            return en
                ? $"From {M(transport.FirstMonth)} a {rate} discount ({regulation}) halves JKK and JKM to {amount} at the cheapest package."
                : $"Mulai iuran {M(transport.FirstMonth)} ada diskon {rate} ({regulation}): paket termurah jadi {amount}.";
        }

        return en
            ? $"The {rate} discount of {regulation} has ended (transport: until {M(transport.LastMonth)}; others: until {M(other.LastMonth)}), unless it was extended. Contributions are back to the normal rate."
            : $"Diskon {rate} {regulation} sudah berakhir (transportasi sampai {M(transport.LastMonth)}; BPU lain sampai {M(other.LastMonth)}), kecuali diperpanjang. Iuran kembali normal.";
    }
}
