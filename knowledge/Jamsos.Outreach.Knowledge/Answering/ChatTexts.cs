using System.Text;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// The few sentences the engine writes itself (calculator results, the not-sure reply, the caveat,
/// the source line), in Indonesian and English. Every figure comes from the catalog or the rules.
/// </summary>
internal sealed class ChatTexts
{
    private readonly KnowledgeBase knowledge;

    public ChatTexts(KnowledgeBase knowledge)
    {
        this.knowledge = knowledge;
    }

    private string ContactCenter => knowledge.Catalog.Get("kontak.contact_center").ToText(Language.Id);

    public string Caveat(Language language) => language == Language.En
        ? $"This is not 100% certain yet. Please confirm in the JMO app, at Contact Center {ContactCenter}, or at a BPJS Ketenagakerjaan branch."
        : $"Info ini belum pasti 100%. Pastikan lewat aplikasi JMO, Contact Center {ContactCenter}, atau kantor cabang BPJS Ketenagakerjaan.";

    /// <summary>
    /// The one caveat under a computed figure: not certain, and (above the lowest band) the bands come from a
    /// copy of the official table. Where to confirm is left out when the figure already says it (a discount
    /// that has ended sends people to JMO or 175).
    /// </summary>
    public string ComputedCaveat(Language language, bool bandIsSolid, bool adviceGiven)
    {
        var en = language == Language.En;
        var what = (bandIsSolid, en) switch
        {
            (true, true) => "This is not 100% certain yet.",
            (true, false) => "Info ini belum pasti 100%.",
            (false, true) => "Not 100% certain: the bands come from a copy of the official table.",
            (false, false) => "Belum pasti 100%: tabel golongan ini dari salinan tabel resmi.",
        };
        return adviceGiven ? what : what + (en ? $" Confirm in the JMO app or at Contact Center {ContactCenter}." : $" Pastikan di aplikasi JMO atau Contact Center {ContactCenter}.");
    }

    public string SourceLine(Language language, IEnumerable<string> sources, DateOnly checkedDate)
    {
        var names = sources.Select(Shorten).Distinct(StringComparer.Ordinal).Take(3);
        var date = ValueFormatter.Date(checkedDate, language);
        return language == Language.En
            ? $"Source: {string.Join(", ", names)} · checked {date}"
            : $"Sumber: {string.Join(", ", names)} · diperiksa {date}";
    }

    /// <summary>An income was given, but on this date the amount depends on the sector, which is not known.</summary>
    public string AskSector(Language language, decimal income) => language == Language.En
        ? $"For an income of {ValueFormatter.Rupiah(income, language)} a month the contribution depends on your sector: the 2026 discount periods differ for transport workers and for everyone else. Do you work in transport (ojol, opang, driver, courier) or in another sector?"
        : $"Untuk penghasilan {ValueFormatter.Rupiah(income, language)} per bulan, iurannya tergantung sektor Anda: masa diskon 2026 berbeda untuk pekerja transportasi dan sektor lain. Anda bekerja di transportasi (ojol, opang, sopir, kurir) atau sektor lain?";

    public string NotSure(Language language, IReadOnlyList<Suggestion> suggestions) => Choices(language, suggestions, answered: false);

    /// <summary>
    /// The entries offered after a computed line that already answers the question (a named contribution month) while the
    /// entry behind it is unsure: no "sorry", the titles offered as what to read next.
    /// </summary>
    public string MoreAfterLine(Language language, IReadOnlyList<Suggestion> suggestions) => Choices(language, suggestions, answered: true);

    private string Choices(Language language, IReadOnlyList<Suggestion> suggestions, bool answered)
    {
        var text = new StringBuilder((language, answered) switch
        {
            (Language.En, false) => "Sorry, I am not sure what you mean.",
            (Language.En, true) => "Want to know more?",
            (_, false) => "Maaf, saya belum yakin maksud pertanyaan Anda.",
            (_, true) => "Ingin tahu lebih lanjut?",
        });
        if (suggestions.Count > 0)
        {
            text.Append((language == Language.En, answered) switch
            {
                (true, false) => " Did you mean:",
                (true, true) => " Pick a topic:",
                (false, false) => " Maksud Anda:",
                (false, true) => " Pilih topik:",
            }).Append('\n');
            for (var i = 0; i < suggestions.Count; i++)
            {
                text.Append(i + 1).Append(". ").Append(suggestions[i].Title).Append('\n');
            }
        }
        else
        {
            text.Append('\n');
        }

        text.Append(language == Language.En
            ? $"Pick one, ask in other words, or type /menu to see the topics. You can also call Contact Center {ContactCenter}."
            : $"Pilih salah satu, tulis dengan kata lain, atau ketik /menu untuk melihat topik. Bisa juga tanya Contact Center {ContactCenter}.");
        return text.ToString();
    }

    public string Empty(Language language) => language == Language.En
        ? "Please type your question about BPJS Ketenagakerjaan, for example \"how much does an ojol driver pay?\", or type /menu."
        : "Silakan tulis pertanyaan Anda tentang BPJS Ketenagakerjaan, misalnya \"berapa iuran untuk ojol?\", atau ketik /menu.";

    /// <summary>The computed contribution, for a stated income (or the lowest band when only a sector is known).</summary>
    /// <remarks>
    /// With <paramref name="compact"/> the JKK + JKM breakdown is left out (the entry's own text, behind
    /// "Selengkapnya", says how the two are computed): the first thing to give way when a screen is full.
    /// </remarks>
    public string Quote(Language language, ContributionQuote quote, bool incomeStated, bool compact = false)
    {
        string Rp(decimal amount) => ValueFormatter.Rupiah(amount, language);
        var en = language == Language.En;
        var text = new StringBuilder();
        var who = SectorLabel(quote.Sector, language);
        if (incomeStated)
        {
            text.Append(en
                ? $"An income of {Rp(quote.DeclaredIncome)} a month falls in band {quote.Band.Number} (base income {Rp(quote.Band.Base)}). "
                : $"Penghasilan {Rp(quote.DeclaredIncome)} per bulan masuk golongan {quote.Band.Number} (penghasilan dasar {Rp(quote.Band.Base)}). ");
        }
        else
        {
            // Without an income the figure is the lowest band's, and says so: it is where the range starts.
            text.Append((who, en) switch
            {
                (null, true) => "In the lowest income band, ",
                (null, false) => "Pada golongan penghasilan terendah, ",
                (_, true) => $"For {who}, in the lowest income band: ",
                (_, false) => $"Untuk {who}, golongan penghasilan terendah: ",
            });
        }

        var breakdown = compact ? string.Empty : $" (JKK {Rp(quote.Jkk)} + JKM {Rp(quote.Jkm)})";
        var normal = en
            ? $"the normal contribution is {Rp(quote.Normal)} a month{breakdown}."
            : $"iuran normal {Rp(quote.Normal)} per bulan{breakdown}.";
        text.Append(incomeStated ? char.ToUpperInvariant(normal[0]) + normal[1..] : normal);
        if (!quote.SectorStated && quote.Sector != Sector.GovernmentPaid && quote.Discount is not null && quote.Discounted is { } anyDiscounted)
        {
            // The sector was not asked because on this date it does not change the amount; each sector's period still differs.
            var rate = ValueFormatter.Percent(quote.Discount.Rate, language);
            var asOf = ValueFormatter.Date(quote.AsOf, language);
            text.Append(en
                ? $" With the {rate} discount of {quote.Discount.Regulation} you pay {Rp(anyDiscounted)} a month; as of {asOf} {knowledge.Live.ShortSectorStates(language, quote.AsOf)}."
                : $" Dengan diskon {rate} {quote.Discount.Regulation} Anda bayar {Rp(anyDiscounted)} per bulan; per {asOf} {knowledge.Live.ShortSectorStates(language, quote.AsOf)}.");
        }
        else if (!quote.SectorStated && quote.Sector != Sector.GovernmentPaid && quote.SectorPeriod is { } anyPeriod && knowledge.Live.Periods.All(p => p.HasEndedBy(quote.AsOf)))
        {
            // Short: after a reported death this line shares the first screen with the sympathy and the figure.
            var rate = ValueFormatter.Percent(anyPeriod.Rate, language);
            text.Append(en
                ? $" The {rate} discount of {anyPeriod.Regulation} has ended for every sector, unless it was extended. {knowledge.Live.Advice(language)}"
                : $" Diskon {rate} {anyPeriod.Regulation} sudah berakhir untuk semua sektor, kecuali diperpanjang. {knowledge.Live.Advice(language)}");
        }
        else if (quote.Discount is { } discount && quote.Discounted is { } discounted)
        {
            var rate = ValueFormatter.Percent(discount.Rate, language);
            var range = ValueFormatter.MonthRange(discount.FirstMonth, discount.LastMonth, language);
            var asOf = ValueFormatter.Date(quote.AsOf, language);
            var left = LiveText.Remaining(discount, language, quote.AsOf);
            text.Append(en
                ? $" With the {rate} discount of {discount.Regulation} (contributions for {range}) you pay {Rp(discounted)} a month; as of {asOf} this discount {left}."
                : $" Dengan diskon {rate} {discount.Regulation} (iuran {range}) Anda bayar {Rp(discounted)} per bulan; per {asOf} masa diskon ini {left}.");
        }
        else if (quote.Sector == Sector.GovernmentPaid)
        {
            // They pay nothing themselves: the amount is what the budget pays, and no "with JHT" total follows.
            text.Append(en
                ? " The government budget (APBN/APBD) pays this, not you, and it is outside the discount."
                : " Iuran ini dibayar APBN/APBD, bukan oleh Anda, dan tidak termasuk diskon.");
            return text.ToString();
        }
        else if (quote.SectorPeriod is { } period && period.HasEndedBy(quote.AsOf))
        {
            var range = ValueFormatter.MonthRange(period.FirstMonth, period.LastMonth, language);
            text.Append(en
                ? $" The discount for this group covered contributions for {range} and has ended, unless it was extended. {knowledge.Live.Advice(language)}"
                : $" Diskon untuk kelompok ini berlaku untuk iuran {range} dan sudah berakhir, kecuali diperpanjang. {knowledge.Live.Advice(language)}");
        }
        else if (quote.SectorPeriod is { } upcoming && upcoming.HasNotStartedBy(quote.AsOf))
        {
            var range = ValueFormatter.MonthRange(upcoming.FirstMonth, upcoming.LastMonth, language);
            text.Append(en
                ? $" The discount for this group covers contributions for {range}; it has not started yet."
                : $" Diskon untuk kelompok ini berlaku untuk iuran {range}; belum mulai.");
        }

        text.Append(en
            ? $" Adding the optional JHT ({Rp(quote.Jht)}) makes {Rp(quote.Discounted is { } d1 ? d1 + quote.Jht : quote.NormalWithJht)} a month."
            : $" Kalau ditambah JHT (sukarela, {Rp(quote.Jht)}), jadi {Rp(quote.Discounted is { } d2 ? d2 + quote.Jht : quote.NormalWithJht)} per bulan.");
        return text.ToString();
    }

    /// <summary>
    /// One line for a contribution month the question names ("iuran ojol bulan april 2027 berapa?"): JKK + JKM for that
    /// month at the stated income (or the lowest band), for the stated sector or for both, each with whether that month
    /// is inside its PP 50/2025 period. Null for members paid for by the government (they pay nothing themselves).
    /// </summary>
    public string? MonthLine(Language language, DateOnly month, Sector? sector, decimal? income)
    {
        if (sector == Sector.GovernmentPaid)
        {
            return null;
        }

        var en = language == Language.En;
        var from = income ?? knowledge.Catalog.Bands.Lowest.From;
        Sector[] sectors = sector is { } s ? [s] : [Sector.Transport, Sector.Other];
        var parts = sectors.Select(x =>
        {
            var quote = knowledge.Calculator.Calculate(from, x, month);
            var who = LiveText.ShortName(x, language);
            var state = quote.Discount is not null ? (en ? "discounted month" : "termasuk masa diskon")
                : quote.SectorPeriod is { } p && month > p.LastMonth ? (en ? "after the discount, unless it is extended" : "di luar masa diskon, kecuali diperpanjang")
                : (en ? "no discount" : "tanpa diskon");
            return $"{who} {ValueFormatter.Rupiah(quote.Payable, language)} ({state})";
        });
        var which = ValueFormatter.Month(month, language);
        var band = income is { } i
            ? (en ? $"for an income of {ValueFormatter.Rupiah(i, language)}" : $"untuk penghasilan {ValueFormatter.Rupiah(i, language)}")
            : (en ? "lowest band" : "golongan terendah");
        return en
            ? $"JKK and JKM for the contributions of {which}, {band}: {string.Join(", ", parts)}."
            : $"Iuran JKK dan JKM bulan {which}, {band}: {string.Join(", ", parts)}.";
    }

    private static string? SectorLabel(Sector sector, Language language) => sector switch
    {
        Sector.Transport => language == Language.En ? "transport workers (ojol, opang, drivers, couriers)" : "sektor transportasi (ojol, opang, sopir, kurir)",
        Sector.GovernmentPaid => language == Language.En ? "workers paid for by the government" : "peserta yang dibayar pemerintah",
        Sector.Other => language == Language.En ? "sectors other than transport" : "sektor selain transportasi",
        _ => null,
    };

    /// <summary>"PP 44/2015 Lampiran II (tabel …)" → "PP 44/2015 Lampiran II": the line stays short.</summary>
    private static string Shorten(string source)
    {
        var cut = source.IndexOf(" (", StringComparison.Ordinal);
        return cut > 0 ? source[..cut] : source;
    }
}
