using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Staff.Flyer;

/// <summary>
/// The flyer's words for a print date, every figure read from content/data through the knowledge base:
/// the cheapest package (JKK + JKM on the lowest income band) per sector as the contribution rules give
/// it on that day (discounted while PP 50/2025 runs for that sector, the normal amount once it ended),
/// the optional JHT, the JKM total, when membership lapses, and the oldest checked date among them.
/// A printed sheet lives for months, so every present-tense amount carries its date.
/// </summary>
internal sealed class FlyerContentBuilder
{
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

    private static FlyerAmountLine AmountLine(ContributionQuote quote, DiscountPeriod period, DateOnly date)
    {
        var label = LiveText.SectorTitle(period.Sector, Language.Id);
        var amount = Rupiah(quote.Payable) + " per bulan";
        var range = ValueFormatter.MonthRange(period.FirstMonth, period.LastMonth, Language.Id);
        var rate = ValueFormatter.Percent(period.Rate, Language.Id);
        string note;
        if (quote.Discount is not null)
        {
            note = $"Diskon {rate} ({period.Regulation}) untuk iuran {range}, berlaku sampai {ValueFormatter.Date(period.LastDay, Language.Id)}. " +
                $"Tanpa diskon {Rupiah(quote.Normal)}.";
        }
        else if (period.HasEndedBy(date))
        {
            note = $"Diskon {rate} ({period.Regulation}) untuk iuran {range} sudah berakhir, kecuali diperpanjang.";
        }
        else
        {
            note = $"Diskon {rate} ({period.Regulation}) mulai iuran {ValueFormatter.Month(period.FirstMonth, Language.Id)}: " +
                $"{Rupiah(period.Apply(quote.Jkk) + period.Apply(quote.Jkm))} per bulan.";
        }

        return new FlyerAmountLine(label, amount, note);
    }

    private static string Rupiah(decimal amount) => ValueFormatter.Rupiah(amount, Language.Id);

    private string Text(string key) => knowledge.Catalog.Text(key, Language.Id);
}
