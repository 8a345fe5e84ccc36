using System.Collections.Frozen;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// Multi-word names joined into one token before anything else, so "bpjs tk", "bp jamsostek" and
/// "naker" all become <c>bpjstk</c>, and "kantor pos" does not look like a question about offices.
/// Longest match wins.
/// </summary>
public static class PhraseLexicon
{
    private static readonly (string Token, string[] Phrases)[] Groups =
    [
        ("bpjstk", ["bpjs tk", "bpjs ketenagakerjaan", "bpjs naker", "bpjs tenaga kerja", "bpjs tenagakerja", "bp jamsostek", "bpjamsostek", "jamsostek", "bpjstk", "bpjs kerja", "naker", "bpjs tk nya", "bpjs ketenaga kerjaan", "bpjs employment", "bpjs ketenagakerjan", "bpjs tenaga", "bp jamsos", "jamsos"]),
        ("bpjskes", ["bpjs kesehatan", "bpjs kes", "bpjskes", "jkn", "kis", "kartu indonesia sehat", "jkn kis", "bpjs health", "health insurance", "bpjs sehat", "bpjs kesehatn", "asuransi kesehatan"]),
        ("jkk", ["jaminan kecelakaan kerja", "jkk", "work accident insurance", "work accident cover"]),
        // A cause that is NOT a work accident, as one token: otherwise the word "kecelakaan" in "meninggal
        // bukan karena kecelakaan kerja" pulls the question to the work-accident entries it rules out.
        ("bukankecelakaankerja", ["bukan kecelakaan kerja", "bukan karena kecelakaan kerja", "bukan akibat kecelakaan kerja",
            "bukan krn kecelakaan kerja", "bukan karna kecelakaan kerja", "bukan kecelakaan", "bukan karena kecelakaan",
            "bukan akibat kecelakaan", "dudu kecelakan kerja", "dudu merga kecelakan kerja", "dudu mergo kecelakan kerja",
            "dudu kecelakaan kerja", "dudu merga kecelakaan kerja", "dudu kecelakan", "sanes kacilakaan", "sanes kacilakaan damel",
            "sanes kusabab kacilakaan", "not a work accident", "not from a work accident", "not from work", "not work related",
            "not caused by work", "not due to work", "not because of work", "non work", "bukan gara gara kerja",
            "bukan gara2 kerja", "bukan karena kerja", "bukan krn kerja", "bukan pas kerja", "bukan saat kerja",
            "bukan waktu kerja", "bukan gara gara kecelakaan kerja", "bukan gara2 kecelakaan kerja"]),
        ("jkm", ["jaminan kematian", "jkm", "santunan kematian", "death benefit", "death cover"]),
        ("jht", ["jaminan hari tua", "tabungan hari tua", "hari tua", "jht", "old age savings", "old age"]),
        ("pensiun", ["jaminan pensiun", "dana pensiun", "jp"]),
        ("jkp", ["jaminan kehilangan pekerjaan", "kehilangan pekerjaan", "kehilangan kerja", "job loss", "job loss benefit", "jkp", "tunjangan pengangguran", "unemployment benefit", "lost my job", "lose my job", "lost job"]),
        ("ojol", ["ojek online", "ojol", "driver online", "ojek daring", "gojek", "grab", "maxim", "shopee food", "ride hailing", "driver ojol", "mitra ojol", "delivery rider", "delivery riders", "kurir online"]),
        ("opang", ["ojek pangkalan", "opang", "ngojek", "tukang ojek"]),
        ("kontak", ["call center", "contact center", "pusat layanan", "customer service", "layanan pelanggan"]),
        ("rumahsakit", ["rumah sakit", "rumahsakit"]),
        ("waris", ["ahli waris", "surat keterangan ahli waris", "surat ahli waris"]),
        ("terimakasih", ["terima kasih", "terimakasih", "makasih", "makasi", "thank you", "thanks", "thx", "tq", "matur nuwun", "nuhun", "hatur nuhun", "trims"]),
        ("kk", ["kartu keluarga", "kk"]),
        ("polisi", ["surat polisi", "laporan polisi", "police report", "surat kepolisian", "lapor polisi"]),
        ("resign", ["mengundurkan diri", "keluar kerja", "berhenti kerja", "resign", "keluar dari kerjaan", "berhenti bekerja"]),
        ("kontrakhabis", ["habis kontrak", "kontrak habis", "kontrak selesai", "selesai kontrak", "contract ended", "contract ends", "end of contract"]),
        ("mbanking", ["m banking", "mobile banking", "mbanking", "m bangking", "internet banking", "bank app", "banking app"]),
        ("irt", ["ibu rumah tangga", "irt", "housewife", "stay at home mom"]),
        ("bansos", ["kartu prakerja", "bantuan subsidi upah", "subsidi gaji", "bantuan sosial"]),
        ("jatuhtempo", ["jatuh tempo", "jatuhtempo", "due date", "batas bayar", "tenggat"]),
        ("meninggal", ["tutup usia", "meninggal dunia", "passed away", "pass away", "tilar donya", "kapundut", "pulang ke rahmatullah"]),
        ("kantorpos", ["kantor pos", "pos indonesia", "post office", "kantorpos"]),
        ("ewallet", ["e wallet", "ewallet", "dompet digital", "gopay", "ovo", "linkaja", "link aja", "shopeepay", "dana app", "gotagihan"]),
        ("brilink", ["bri link", "brilink", "agen bri", "agen brilink"]),
        ("jasaraharja", ["jasa raharja", "jasaraharja"]),
        ("informal", ["bukan penerima upah", "pekerja informal", "pekerja mandiri", "peserta mandiri", "self employed", "selfemployed", "informal worker", "informal workers", "own account", "on my own", "sendiri"]),
        ("penghasilan", ["i make", "we make", "i earn", "we earn", "my income", "take home"]),
        ("pailit", ["gulung tikar", "tutup usaha", "closed down", "shut down", "went bankrupt"]),
        ("pekerja", ["nyambut gawe", "makarya", "kerja serabutan"]),
        ("mana", ["palih mana", "sing endi", "neng ngendi"]),
        // Prostheses and dentures are JKK benefits: "kaki palsu" must not read as a faked claim ("palsu").
        ("protesa", ["kaki palsu", "tangan palsu", "gigi palsu", "mata palsu", "lengan palsu", "kaki buatan", "tangan buatan", "prosthetic leg", "prosthetic arm", "false teeth", "artificial leg"]),
        ("majikan", ["pemberi kerja", "pemberi upah"]),
        ("pu", ["penerima upah", "pekerja formal", "wage earner", "wage earners"]),
        ("stmb", ["uang pengganti", "santunan sementara tidak mampu bekerja", "tidak mampu bekerja", "tidak bisa kerja", "gak bisa kerja", "ga bisa kerja", "unable to work", "cant work", "can t work", "stmb"]),
        ("jmo", ["jamsostek mobile", "jmo", "aplikasi jmo", "app jmo"]),
        ("perisai", ["agen perisai", "perisai", "penggerak jaminan sosial"]),
        ("plkk", ["plkk", "trauma center", "trauma centre", "rs rekanan", "rumah sakit rekanan", "faskes rekanan"]),
        ("npwp", ["npwp", "nomor pokok wajib pajak", "tax id"]),
        ("ktp", ["ktp", "e ktp", "ektp", "kartu tanda penduduk", "id card"]),
        ("salam", ["selamat pagi", "selamat siang", "selamat sore", "selamat malam", "good morning", "good afternoon", "good evening", "sugeng enjing", "sugeng siang", "sugeng sonten", "wilujeng enjing", "assalamu alaikum", "assalamualaikum", "asalamualaikum", "assalamualaikum wr wb", "waalaikumsalam", "apa kabar", "gimana kabar", "bagaimana kabar", "kumaha damang", "pripun kabare", "piye kabare", "how are you"]),
    ];

    /// <summary>Phrase (space-joined tokens) → joined token.</summary>
    public static readonly FrozenDictionary<string, string> Map = Groups
        .SelectMany(g => g.Phrases.Select(p => (Phrase: p, g.Token)))
        .DistinctBy(p => p.Phrase)
        .ToFrozenDictionary(p => p.Phrase, p => p.Token, StringComparer.Ordinal);

    /// <summary>The longest phrase, in tokens.</summary>
    public static readonly int MaxWords = Groups.SelectMany(g => g.Phrases).Max(p => p.Split(' ').Length);

    /// <summary>Every token any phrase starts with, for a quick skip.</summary>
    public static readonly FrozenSet<string> FirstWords = Groups
        .SelectMany(g => g.Phrases)
        .Select(p => p.Split(' ')[0])
        .ToFrozenSet(StringComparer.Ordinal);
}
