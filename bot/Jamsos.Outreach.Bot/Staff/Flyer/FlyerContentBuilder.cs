using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Staff.Flyer;

/// <summary>
/// The flyer's words for a print date, every figure read from content/data through the knowledge base:
/// the cheapest package (JKK + JKM on the lowest income band) per sector as the contribution rules give
/// it on that day (discounted while PP 50/2025 runs for that sector, the normal amount once it ended),
/// the optional JHT, the JKM total, when membership lapses, and the oldest checked date among them.
/// A printed sheet lives for months, so every present-tense amount carries its date, and every discounted
/// amount the last contribution month it holds for and the normal amount after it.
/// </summary>
internal sealed class FlyerContentBuilder
{
    /// <summary>How far after the print date a discount's end makes <c>agent flyer</c> warn.</summary>
    public const int EndingSoonDays = 30;

    private static readonly string[] Keys =
    [
        "iuran.jkk_rate", "iuran.jkm_flat", "iuran.jht_rate", "iuran.lapse_months", "iuran.minimum", "iuran.minimum_discounted",
        "iuran.minimum_jht", "diskon.rate", "diskon.transport_start", "diskon.transport_end", "diskon.other_start", "diskon.other_end",
        "jkm.total", "kontak.app", "kontak.contact_center",
    ];

    private readonly KnowledgeBase knowledge;

    public FlyerContentBuilder(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        this.knowledge = knowledge;
    }

    public FlyerContent Build(FlyerRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var date = request.PrintDate;
        var catalog = knowledge.Catalog;
        var lowest = knowledge.Calculator.Bands.Lowest.From;
        var amounts = knowledge.Live.Periods
            .Select(p => AmountLine(knowledge.Calculator.Calculate(lowest, p.Sector, date), p, date))
            .ToList();
        var jht = knowledge.Calculator.Calculate(lowest, Sector.Other, date).Jht;
        amounts.Add(new FlyerAmountLine(
            "Tambah JHT (sukarela)",
            "+" + Rupiah(jht) + " per bulan",
            string.Empty,
            "Jaminan Hari Tua: tabungan yang Anda terima kembali. JHT tidak ikut diskon."));

        var checkedDate = Keys.Select(k => catalog.Get(k).Checked).Append(catalog.Bands.Checked).Min();
        var app = Text("kontak.app");
        var center = Text("kontak.contact_center");
        return new FlyerContent(
            Title: "Kerja aman, keluarga tenang",
            Subtitle: "BPJS Ketenagakerjaan untuk pekerja mandiri: ojol, pedagang, petani, nelayan, buruh harian, dan lainnya.",
            AmountsHeading: $"Iuran per bulan, per {ValueFormatter.Date(date, Language.Id)}",
            AmountsNote: "Paket termurah: JKK + JKM untuk golongan penghasilan 1. Penghasilan lebih tinggi, iuran lebih tinggi.",
            Amounts: amounts,
            Benefits:
            [
                "Kecelakaan kerja (JKK): pengobatan sampai sembuh, sesuai kebutuhan medis.",
                $"Meninggal dunia bukan karena kerja (JKM): santunan {Text("jkm.total")} untuk ahli waris.",
            ],
            Warning: $"Bayar tiap bulan: jika iuran tidak dibayar {Text("iuran.lapse_months")} bulan berturut-turut, kepesertaan dan perlindungan Anda nonaktif.",
            AgentLine: $"Agen Perisai Anda: {request.AgentName.Trim()} (kode {request.ReferralCode})",
            BotCaption: "Tanya dan daftar lewat Telegram",
            SiteCaption: "Info lengkap di situs",
            Footer: $"Angka per {ValueFormatter.Date(date, Language.Id)}, data diperiksa {ValueFormatter.Date(checkedDate, Language.Id)}. " +
                $"Pastikan di aplikasi {app} atau Contact Center {center}. Dicetak {ValueFormatter.Date(date, Language.Id)}.",
            Checked: checkedDate);
    }

    /// <summary>
    /// The discount periods shown on a flyer printed on <paramref name="printDate"/> that end within
    /// <see cref="EndingSoonDays"/> days after it, the print date itself included: the sheet is handed out
    /// for weeks, so staff are told before they print it.
    /// </summary>
    public IReadOnlyList<DiscountPeriod> EndingSoon(DateOnly printDate) => knowledge.Live.Periods
        .Where(p => p.LastDay >= printDate && p.LastDay.DayNumber - printDate.DayNumber <= EndingSoonDays)
        .ToList();

    /// <summary>
    /// One sector's line. A discounted amount is never printed alone: the line under it says up to which
    /// contribution month it holds and the normal amount after it ("Sampai iuran Desember 2026;
    /// sesudahnya Rp16.800, kecuali diperpanjang."), and so does a discount not yet started.
    /// </summary>
    private static FlyerAmountLine AmountLine(ContributionQuote quote, DiscountPeriod period, DateOnly date)
    {
        var label = LiveText.SectorTitle(period.Sector, Language.Id);
        var amount = Rupiah(quote.Payable) + " per bulan";
        var range = ValueFormatter.MonthRange(period.FirstMonth, period.LastMonth, Language.Id);
        var rate = ValueFormatter.Percent(period.Rate, Language.Id);
        var last = ValueFormatter.Month(period.LastMonth, Language.Id);
        var until = string.Empty;
        string note;
        if (quote.Discount is not null)
        {
            until = $"Sampai iuran {last}; sesudahnya {Rupiah(quote.Normal)}, kecuali diperpanjang.";
            note = $"Diskon {rate} ({period.Regulation}) untuk iuran {range}.";
        }
        else if (period.HasEndedBy(date))
        {
            note = $"Diskon {rate} ({period.Regulation}) untuk iuran {range} sudah berakhir, kecuali diperpanjang.";
        }
        else
        {
            note = $"Diskon {rate} ({period.Regulation}) mulai iuran {ValueFormatter.Month(period.FirstMonth, Language.Id)} sampai {last}: " +
                $"{Rupiah(period.Apply(quote.Jkk) + period.Apply(quote.Jkm))} per bulan; sesudahnya {Rupiah(quote.Normal)} lagi, kecuali diperpanjang.";
        }

        return new FlyerAmountLine(label, amount, until, note);
    }

    private static string Rupiah(decimal amount) => ValueFormatter.Rupiah(amount, Language.Id);

    private string Text(string key) => knowledge.Catalog.Text(key, Language.Id);
}
