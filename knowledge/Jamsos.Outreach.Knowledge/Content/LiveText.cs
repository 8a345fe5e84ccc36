using System.Collections.Frozen;
using System.Globalization;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Sentences that depend on the date: which PP 50/2025 discount is in force, for whom and how many days
/// are left. Written from the data, so a changed period changes the text. No sentence states a present
/// fact without its date: the chat's text says "Per 4 Desember 2026, …" (the date of the question); the
/// site's text names the periods in words and carries its build date, and a script brings its status to
/// the visitor's day with <see cref="Phrases"/>, the same phrases <see cref="Status"/> fills in here.
/// </summary>
public sealed class LiveText
{
    public const string DiscountStatus = "live.discount_status";

    /// <summary>
    /// The same status with the dates first (<see cref="DiscountEndText"/>), for an entry about the discount's end:
    /// where the first screen has room for one sentence of it, that sentence is when it ends, not its price.
    /// </summary>
    public const string DiscountEnd = "live.discount_end";

    public static readonly FrozenSet<string> Keys = new[] { DiscountStatus, DiscountEnd }.ToFrozenSet(StringComparer.Ordinal);

    private readonly DataCatalog catalog;
    private readonly DiscountPolicy discounts;

    public LiveText(DataCatalog catalog, DiscountPolicy discounts)
    {
        this.catalog = catalog;
        this.discounts = discounts;
    }

    /// <summary>The periods in the order they are told: everyone else first, then transport.</summary>
    public IEnumerable<DiscountPeriod> Periods => discounts.Periods.OrderBy(p => p.Sector == Sector.Transport);

    public string Render(string text, Language language, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(text);
        var token = "{{" + DiscountStatus + "}}";
        var endToken = "{{" + DiscountEnd + "}}";
        if (text.Contains(token, StringComparison.Ordinal))
        {
            text = text.Replace(token, DiscountStatusText(language, date), StringComparison.Ordinal);
        }

        return text.Contains(endToken, StringComparison.Ordinal)
            ? text.Replace(endToken, DiscountEndText(language, date), StringComparison.Ordinal)
            : text;
    }

    /// <summary>
    /// The status for an entry about the discount's end: while a period runs, one dated sentence with each sector's
    /// state (days left, or ended and back to the normal price), without the discounted price (the entry is about the
    /// price after it); before any starts or after all have ended, the same as <see cref="DiscountStatusText"/>.
    /// 2026-12-08: "kalau diskon habis iuran jadi berapa?" showed the discounted price on the first screen and left the
    /// days left behind "Selengkapnya".
    /// </summary>
    public string DiscountEndText(Language language, DateOnly date)
    {
        var periods = Periods.ToList();
        if (periods.All(p => p.HasNotStartedBy(date)) || periods.All(p => p.HasEndedBy(date)))
        {
            return DiscountStatusText(language, date);
        }

        var asOf = ValueFormatter.Date(date, language);
        var clauses = string.Join("; ", periods.Select(p => Clause(p, language, date)));
        var advice = periods.Any(p => p.HasEndedBy(date)) ? " " + Advice(language) : string.Empty;
        return language == Language.En ? $"As of {asOf}, {clauses}.{advice}" : $"Per {asOf}, {clauses}.{advice}";
    }

    /// <summary>The chat's sentence for the date of the question: dated, with the days left per sector.</summary>
    public string DiscountStatusText(Language language, DateOnly date)
    {
        var en = language == Language.En;
        var periods = Periods.ToList();
        var asOf = ValueFormatter.Date(date, language);
        var head = Head(language);

        if (periods.All(p => p.HasNotStartedBy(date)))
        {
            var first = periods.Min(p => p.FirstMonth);
            return en
                ? $"From {ValueFormatter.Month(first, language)} there is a {head} for {Coverage(language, examples: false)}. The cheapest package is then {Discounted(language)}."
                : $"Mulai iuran {ValueFormatter.Month(first, language)} ada {head} {Coverage(language, examples: false)}. Paket termurah jadi {Discounted(language)}.";
        }

        if (periods.All(p => p.HasEndedBy(date)))
        {
            return en
                ? $"The {head} for {Coverage(language, examples: false)} has ended, unless it was extended. As of {asOf} the cheapest package is back to {Minimum(language)}. {Advice(language)}"
                : $"{Capitalise(head)} {Coverage(language, examples: false)} sudah berakhir, kecuali diperpanjang. Per {asOf} paket termurah kembali {Minimum(language)}. {Advice(language)}";
        }

        // Once one sector's period has ended and the other's runs (2027-01-02: transport only), the sentence leads with
        // the date and says for whom the discounted price still holds, then that the others are back to normal: a
        // trader must not read the transport price as theirs. About as long as before: the summaries around it must
        // stay within the chat's first screen.
        var running = periods.Where(p => !p.HasNotStartedBy(date) && !p.HasEndedBy(date)).ToList();
        var ended = periods.Where(p => p.HasEndedBy(date)).ToList();
        if (running.Count > 0 && ended.Count > 0)
        {
            var still = string.Join(en ? " and " : " dan ", running.Select(p => Who(p, language) + (en ? " and " : ", ") + Remaining(p, language, date)));
            var over = string.Join(en ? " and " : " dan ", ended.Select(p => ShortName(p.Sector, language)));
            return en
                ? $"As of {asOf}, the {head} still applies to {still}: the cheapest is {Discounted(language)}. For {over} it has ended: {Minimum(language)} again unless extended. {Advice(language)}"
                : $"Per {asOf}, {head} masih berlaku untuk {still}: paket termurah {Discounted(language)}. Untuk {over}, diskonnya sudah berakhir: kembali {Minimum(language)} kecuali diperpanjang. {Advice(language)}";
        }

        var clauses = string.Join("; ", periods.Select(p => Clause(p, language, date)));
        var advice = periods.Any(p => p.HasEndedBy(date)) ? " " + Advice(language) : string.Empty;
        return en
            ? $"With the {head}, the cheapest is {Discounted(language)}. As of {asOf}, {clauses}.{advice}"
            : $"Dengan {head}, paket termurah {Discounted(language)}. Per {asOf}, {clauses}.{advice}";
    }

    /// <summary>Each sector's discount on <paramref name="date"/>, short, for a computed figure's one line: "diskon sektor selain transportasi berakhir hari ini, transportasi tinggal 91 hari".</summary>
    public string ShortSectorStates(Language language, DateOnly date)
    {
        var en = language == Language.En;
        var states = Periods.Select(p =>
        {
            // Leading the line, the other sectors are named in full ("sektor selain transportasi"), not "sektor lain".
            var who = p.Sector == Sector.Other && !en ? "sektor selain transportasi" : ShortName(p.Sector, language);
            var state = p.HasNotStartedBy(date) ? (en ? "has not started" : "belum mulai")
                : p.HasEndedBy(date) ? (en ? "has ended" : "sudah berakhir")
                : Remaining(p, language, date);
            return $"{who} {state}";
        });
        return (en ? "the discount for " : "diskon ") + string.Join(", ", states);
    }

    /// <summary>
    /// The periods in words, true on any date: "Diskon 50% (PP 50/2025) untuk iuran JKK dan JKM bulan
    /// April–Desember 2026 (sektor selain transportasi) dan Januari 2026–Maret 2027 (transportasi: …)".
    /// </summary>
    public string DiscountPeriodsText(Language language) => language == Language.En
        ? $"The {Head(language)} covers {Coverage(language, examples: true)}: the cheapest package is {Discounted(language)} during the discount and {Minimum(language)} without it."
        : $"{Capitalise(Head(language))} berlaku untuk {Coverage(language, examples: true)}: paket termurah {Discounted(language)} selama diskon dan {Minimum(language)} tanpa diskon.";

    /// <summary>"Sektor selain transportasi" / "Transportasi (ojol, opang, sopir, kurir)", to start a line.</summary>
    public static string SectorTitle(Sector sector, Language language) => sector == Sector.Transport
        ? (language == Language.En ? "Transport (ojol, opang, drivers, couriers)" : "Transportasi (ojol, opang, sopir, kurir)")
        : (language == Language.En ? "Sectors other than transport" : "Sektor selain transportasi");

    /// <summary>"tinggal 28 hari" / "has 28 days left" on a day of the period; "berakhir hari ini" / "ends today" on its last.</summary>
    public static string Remaining(DiscountPeriod period, Language language, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(period);
        var left = period.DaysLeft(date);
        return left == 1
            ? (language == Language.En ? "ends today" : "berakhir hari ini")
            : Fill(language == Language.En ? "has {n} days left" : "tinggal {n} hari", left);
    }

    /// <summary>What to do once a discount has ended: check in JMO or with the Contact Center.</summary>
    public string Advice(Language language)
    {
        var app = catalog.Get("kontak.app").ToText(language);
        var center = catalog.Get("kontak.contact_center").ToText(language);
        return language == Language.En
            ? $"Check in the {app} app or at Contact Center {center}."
            : $"Cek di aplikasi {app} atau Contact Center {center}.";
    }

    /// <summary>
    /// The site script's phrases for one period on the visitor's day, with {n} for a number of days and {end}
    /// for the period's last day (<see cref="End"/>, which the page gives the script with each status):
    /// "on" (in force, n days left, today included, until the end), "last" (its last day, dated), "soon"
    /// (starts in n days), "tomorrow", and "ended" (with the normal amount and the advice). Each ends
    /// without a full stop: the page's sentence around it has one. <see cref="Status"/> fills the same
    /// phrases, so the script and the C# say the same.
    /// </summary>
    public IReadOnlyDictionary<string, string> Phrases(Language language) => language == Language.En
        ? new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["on"] = "in force now, {n} days left (until {end})",
            ["last"] = "in force now, today is the last day ({end})",
            ["soon"] = "not in force yet, starts in {n} days",
            ["tomorrow"] = "not in force yet, starts tomorrow",
            ["ended"] = $"ended (unless extended); contributions are back to normal, band 1 {Minimum(language)} a month. {Advice(language).TrimEnd('.')}",
        }
        : new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["on"] = "berlaku sekarang, tinggal {n} hari (sampai {end})",
            ["last"] = "berlaku sekarang, hari ini hari terakhir ({end})",
            ["soon"] = "belum berlaku, mulai {n} hari lagi",
            ["tomorrow"] = "belum berlaku, mulai besok",
            ["ended"] = $"sudah berakhir (kecuali diperpanjang); iuran kembali normal, golongan 1 {Minimum(language)} per bulan. {Advice(language).TrimEnd('.')}",
        };

    /// <summary>The status the site's script shows for <paramref name="period"/> on <paramref name="date"/>.</summary>
    public string Status(DiscountPeriod period, Language language, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(period);
        var phrases = Phrases(language);
        if (period.HasNotStartedBy(date))
        {
            var days = period.DaysUntilStart(date);
            return days == 1 ? phrases["tomorrow"] : Fill(phrases["soon"], days);
        }

        if (period.HasEndedBy(date))
        {
            return phrases["ended"];
        }

        var left = period.DaysLeft(date);
        return (left == 1 ? phrases["last"] : Fill(phrases["on"], left)).Replace("{end}", End(period, language), StringComparison.Ordinal);
    }

    /// <summary>The period's last day as the page's language writes it ("31 Maret 2027"): the {end} of <see cref="Phrases"/>.</summary>
    public static string End(DiscountPeriod period, Language language)
    {
        ArgumentNullException.ThrowIfNull(period);
        return ValueFormatter.Date(period.LastDay, language);
    }

    /// <summary>
    /// The status written into the static page built on <paramref name="built"/>, true on any later day:
    /// dated while the period runs ("per 4 Desember 2026 berlaku, tinggal 28 hari (sampai 31 Desember
    /// 2026)"), its start before it, and the ended phrase after it (an end does not un-happen).
    /// </summary>
    public string StatusAsOf(DiscountPeriod period, Language language, DateOnly built)
    {
        ArgumentNullException.ThrowIfNull(period);
        var en = language == Language.En;
        if (period.HasEndedBy(built))
        {
            return Phrases(language)["ended"];
        }

        if (period.HasNotStartedBy(built))
        {
            var start = ValueFormatter.Date(period.FirstDay, language);
            return en ? $"starts on {start}" : $"mulai {start}";
        }

        var asOf = ValueFormatter.Date(built, language);
        var end = End(period, language);
        var left = period.DaysLeft(built);
        return en
            ? $"as of {asOf} in force, {Fill(left == 1 ? "{n} day" : "{n} days", left)} left (until {end})"
            : $"per {asOf} berlaku, tinggal {left} hari (sampai {end})";
    }

    /// <summary>"diskon sektor selain transportasi (iuran April–Desember 2026) tinggal 28 hari".</summary>
    private string Clause(DiscountPeriod period, Language language, DateOnly date)
    {
        var en = language == Language.En;
        var who = Who(period, language);
        string state;
        if (period.HasNotStartedBy(date))
        {
            state = en ? "has not started yet" : "belum mulai";
        }
        else if (period.HasEndedBy(date))
        {
            state = en
                ? $"has ended: {Minimum(language)} again unless extended"
                : $"sudah berakhir: kembali {Minimum(language)} kecuali diperpanjang";
        }
        else
        {
            state = Remaining(period, language, date);
        }

        return en ? $"the discount for {who} {state}" : $"diskon {who} {state}";
    }

    /// <summary>"transportasi" / "sektor lain" ("transport" / "other sectors"): a sector named beside the other one.</summary>
    public static string ShortName(Sector sector, Language language) => sector == Sector.Transport
        ? (language == Language.En ? "transport" : "transportasi")
        : (language == Language.En ? "other sectors" : "sektor lain");

    /// <summary>"transportasi (ojol, opang, sopir, kurir; iuran Januari 2026–Maret 2027)" / "other sectors (April–December 2026)".</summary>
    private static string Who(DiscountPeriod period, Language language)
    {
        var en = language == Language.En;
        var range = ValueFormatter.MonthRange(period.FirstMonth, period.LastMonth, language);
        return period.Sector == Sector.Transport
            ? (en ? $"transport (ojol, opang, drivers, couriers; {range})" : $"transportasi (ojol, opang, sopir, kurir; iuran {range})")
            : (en ? $"other sectors ({range})" : $"sektor selain transportasi (iuran {range})");
    }

    /// <summary>"diskon 50% iuran JKK dan JKM (PP 50/2025)" / "50% discount on JKK and JKM contributions (PP 50/2025)".</summary>
    private string Head(Language language)
    {
        var rate = ValueFormatter.Percent(discounts.Rate, language);
        var regulation = discounts.Periods[0].Regulation;
        return language == Language.En
            ? $"{rate} discount on JKK and JKM ({regulation})"
            : $"diskon {rate} iuran JKK dan JKM ({regulation})";
    }

    /// <summary>"bulan April–Desember 2026 (sektor selain transportasi) dan Januari 2026–Maret 2027 (transportasi[: ojol, opang, sopir, kurir])".</summary>
    private string Coverage(Language language, bool examples)
    {
        var en = language == Language.En;
        var parts = Periods.Select(p =>
        {
            var range = ValueFormatter.MonthRange(p.FirstMonth, p.LastMonth, language);
            var who = p.Sector == Sector.Transport
                ? (en ? "transport" : "transportasi") + (examples ? (en ? ": ojol, opang, drivers, couriers" : ": ojol, opang, sopir, kurir") : string.Empty)
                : (en ? "sectors other than transport" : "sektor selain transportasi");
            return $"{range} ({who})";
        });
        return (en ? "the months " : "bulan ") + string.Join(en ? " and " : " dan ", parts);
    }

    private string Discounted(Language language) => catalog.Get("iuran.minimum_discounted").ToText(language);

    private string Minimum(Language language) => catalog.Get("iuran.minimum").ToText(language);

    private static string Fill(string phrase, int days) =>
        phrase.Replace("{n}", days.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
