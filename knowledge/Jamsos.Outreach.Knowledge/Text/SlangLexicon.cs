using System.Collections.Frozen;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// How people really type: chat abbreviations, slang, and common Javanese and Sundanese words, mapped
/// to standard Indonesian. Applied to single tokens after stretched letters are squeezed. Multi-word
/// names (bpjs tk, ojek online) are joined first by <see cref="PhraseLexicon"/>.
/// </summary>
public static class SlangLexicon
{
    private static readonly (string Canonical, string[] Variants)[] Groups =
    [
        ("yang", ["yg", "yng", "sing", "nu"]),
        ("dari", ["dr", "dri", "ti", "saking"]),
        ("terus", ["trs", "trus", "terusan", "teras"]),
        ("berapa", ["brp", "brapa", "brpa", "berapaan", "brapaan", "berapah", "brph", "pira", "sabaraha", "sbrp", "piro", "pinten"]),
        ("bagaimana", ["gmn", "gimana", "gmna", "bgmn", "gmana", "gemana", "gimna", "kumaha", "kmh", "piye", "kepiye", "kpye", "kpy", "pripun", "priye", "gmnn"]),
        ("tidak", ["ra", "gak", "ga", "nggak", "ngga", "enggak", "engga", "gk", "kagak", "tdk", "ndak", "nda", "ora", "teu", "henteu", "mboten", "ngak", "nggk", "gag", "tak"]),
        ("kalau", ["klo", "kalo", "kl", "klw", "klu", "kalu", "upami", "nek", "yen", "lamun", "misal", "misalnya"]),
        ("bisa", ["bs", "bsa", "iso", "isa", "saged", "tiasa", "tiasa", "bisakah", "dapatkah", "biso"]),
        ("sudah", ["udh", "udah", "dah", "sdh", "wis", "uwis", "sampun", "parantos", "tos", "udeh"]),
        ("belum", ["blm", "blum", "durung", "dereng", "acan", "blon"]),
        ("saya", ["sy", "aku", "gw", "gue", "gua", "ak", "abdi", "kula", "kulo", "aing", "ane", "aq", "sya"]),
        ("kamu", ["km", "lu", "lo", "elu", "sampeyan", "anjeun", "kowe", "sira"]),
        ("tapi", ["tp", "tpi", "namun"]),
        ("juga", ["jg", "jga", "oge"]),
        ("dengan", ["dgn", "dg", "karo", "kalih", "jeung", "bareng"]),
        ("karena", ["krn", "karna", "krna", "soale", "sebab", "gara", "garagara", "merga", "mergo", "margi", "kusabab"]),
        ("untuk", ["utk", "untk", "buat", "bwt", "kanggo", "kangge", "pikeun", "tuk"]),
        ("lagi", ["lg", "lgi", "maning", "deui"]),
        ("orang", ["org", "uwong", "wong", "jalma", "tiyang"]),
        ("teman", ["tmn", "temen", "kanca", "konco", "babaturan", "rekan"]),
        ("bulan", ["bln", "sasih", "wulan", "sebulan", "perbulan", "per-bulan", "bulanan"]),
        ("tahun", ["thn", "taun", "th", "thun", "warsa", "setahun", "pertahun", "tahunan", "setaun"]),
        ("tanggal", ["tgl", "tggl"]),
        ("jadi", ["jd", "jdi", "dadi"]),
        ("sekarang", ["skrg", "skrng", "skg", "saiki", "ayeuna", "sekarng", "kini"]),
        ("masih", ["msh", "isih", "masi"]),
        ("bukan", ["bkn", "sanes", "dudu"]),
        ("ada", ["onten", "wonten", "aya", "ana"]),
        ("apa", ["opo", "napa", "naon", "nopo", "apaan", "ap"]),
        ("mana", ["dmn", "dimana", "ngendi", "endi", "pundi", "mana", "kemana", "dimna", "mendi"]),
        ("kapan", ["kapan", "kpn", "iraha", "kapankah"]),
        ("kenapa", ["knp", "ngapa", "napa", "naha", "kenopo", "mengapa"]),
        ("siapa", ["sapa", "sopo", "saha", "sinten"]),
        ("harus", ["hrs", "kudu", "kedah", "wajib", "mesti", "musti"]),
        ("ingin", ["ajeng", "badhe", "bade", "hayang", "mau", "pengen", "pgn", "pingin", "arep", "hoyong", "mo", "kepengen", "pengin", "ayo"]),
        ("dapat", ["angsal", "pikantuk", "kengingna", "dapet", "dpt", "oleh", "kenging", "entuk", "olih", "meunang", "dpet", "nerima", "menerima", "terima"]),
        ("suami", ["bojo", "salaki", "laki", "swami"]),
        ("istri", ["sisihan", "bini", "pamajikan", "garwa", "isteri"]),
        ("keluarga", ["kulawarga", "kluarga", "klg", "keluarga"]),
        ("anak", ["lare", "yugo", "murangkalih", "putu", "ank", "putra", "putri", "bocah", "budak", "putrane", "anakku"]),
        ("ayah", ["bapak", "bpk", "bapa", "bapakku", "rama"]),
        ("ibu", ["emak", "mak", "biyung", "ema", "mamah", "mama"]),
        ("uang", ["arta", "yatra", "duit", "artos", "dhuwit", "duwit", "fulus", "doku"]),
        ("kecelakaan", ["kacilakaan", "kecelakan", "kclakaan", "kcelakaan", "celaka", "laka", "tabrakan", "nabrak", "ketabrak", "kecelakaan", "kecilakan", "cilaka", "jatuh", "jatoh", "accident", "accidents", "terbalik", "kebalik", "tenggelam", "karam", "kesetrum", "tersetrum", "tertimpa", "ketiban", "keserempet", "diserempet", "terjatuh", "tabrak", "ditabrak", "crash", "crashed", "kacilakan", "kecilakaan", "tilelep", "kalelep", "kelelep", "klelep", "kecebur", "kepleset", "kepeleset", "terpeleset", "kapeleset", "ragrag", "tigubrag", "drowned", "tibo", "ceblok", "kecemplung", "kejegur", "kejungkel", "nyungsep", "melepuh", "kaduruk", "keseleo"]),
        ("meninggal", ["pejah", "palastra", "maotna", "wafat", "seda", "pupus", "maot", "tilar", "tewas", "meninggoy", "mninggal", "ninggal", "almarhum", "almarhumah", "alm", "death", "died", "die", "dies", "dead", "deceased", "passed"]),
        ("penghasilan", ["gaji", "gajih", "upah", "pendapatan", "income", "pemasukan", "omzet", "omset", "hasil", "salary", "earn", "earning", "earnings", "penghasilan", "pendptn", "gajian", "bayaran"]),
        ("iuran", ["premi", "tagihan", "setoran", "iurannya", "iuranya", "iurn", "iyuran", "contribution", "contributions", "premium", "fee", "fees", "dues"]),
        ("daftar", ["ngadaptar", "ngadaftar", "ndaftar", "ndaptar", "didaftarke", "didaftarkeun", "registrasi", "register", "registration", "join", "gabung", "ikutan", "enroll", "enrol", "melu", "ngiringan", "signup", "daptar", "daptarna", "daftarna", "daptarkeun", "dftr", "kepesertaan", "jadi peserta"]),
        ("klaim", ["cairkan", "cair", "pencairan", "ngeklaim", "claim", "claims", "klem", "claimed", "dicairkan", "dicairin", "nyairin", "withdraw", "withdrawal"]),
        ("beasiswa", ["scholarship", "scholarships", "biasiswa", "beasisiwa"]),
        ("phk", ["pecat", "dipecat", "layoff", "laid", "fired", "diberhentikan", "dirumahkan", "diphk", "di-phk"]),
        ("resign", ["resain", "undur", "mengundurkan", "quit", "resigned"]),
        ("pensiun", ["pension", "pensi", "pensiunan", "retirement"]),
        ("kantor", ["kntr", "cabang", "kcp", "branch", "office", "offices", "kantornya"]),
        ("kontak", ["telp", "telpon", "telepon", "nelpon", "hotline", "callcenter", "cs", "phone", "hubungi", "menghubungi", "contact", "call"]),
        ("whatsapp", ["wa", "wasap", "whatsap", "watsap"]),
        ("telat", ["terlambat", "nunggak", "tunggakan", "menunggak", "tlat", "tlt", "late", "overdue", "arrears", "telad", "nunggak"]),
        ("denda", ["sanksi", "penalti", "penalty", "fine", "fines"]),
        ("diskon", ["potongan", "discount", "keringanan", "korting", "separuh", "setengah", "relaksasi"]),
        ("manfaat", ["benefit", "benefits", "perlindungan", "protection", "cover", "coverage", "jaminan"]),
        ("rumahsakit", ["rs", "hospital", "klinik", "clinic", "puskesmas", "berobat", "dirawat", "opname", "rawat"]),
        ("waris", ["ahli", "heir", "heirs", "ahliwaris"]),
        ("syarat", ["sarat", "saratna", "syarate", "persyaratan", "dokumen", "berkas", "document", "documents", "requirement", "requirements"]),
        ("penipuan", ["tipu", "scam", "hoax", "hoaks", "modus", "penipuannya", "phishing"]),
        ("pinjaman", ["pinjol", "utang", "hutang", "kredit", "loan", "loans", "kasbon"]),
        ("bansos", ["bsu", "blt", "prakerja", "subsidi", "bantuan"]),
        ("pekerja", ["kerja", "worker", "workers", "karyawan", "buruh", "pegawai", "employee", "employees"]),
        ("informal", ["mandiri", "bpu", "freelance", "freelancer", "serabutan", "lepas", "self", "selfemployed", "wiraswasta", "wirausaha", "usaha", "dagang", "pedagang", "jualan"]),
        ("hp", ["handphone", "ponsel", "henpon", "hape", "handpone"]),
        ("nomor", ["nmr", "nomer", "nmor", "number"]),
        ("ketika", ["nalika", "waktu", "wktu", "wkt", "pas", "saat", "sewaktu", "nalikane", "pas lagi"]),
        ("pangkalan", ["ngetem", "mangkal", "pangkalannya"]),
        ("bayar", ["nyaur", "ngalunasan", "mbayar", "mayar", "bayarin", "byr", "bayr", "naur", "nyetor", "setor"]),
        ("bawa", ["mbeta", "ngasta", "nyandak", "nggowo", "nggawa", "gowo", "mawa", "bawain"]),
        ("saja", ["thok", "tok", "wae", "hungkul", "doang", "aja"]),
        ("sakit", ["gerah", "lara", "gering", "sakitnya", "nyeri"]),
        ("semua", ["sadaya", "kabeh", "sedaya", "sakabeh", "all"]),
        ("bersama", ["babarengan", "bareng2", "kolektif", "rombongan", "barengan"]),
        ("pailit", ["bangkrut", "bangkrupt", "bankrupt", "gulung", "pailitnya", "kolaps"]),
        ("pernah", ["kantos"]),
        ("banyak", ["bnyk", "byk", "akeh", "seueur", "lots"]),
        ("lewat", ["lwt", "lwat", "via", "melalui", "liwat", "ngaliwatan"]),
        ("pekerjaan", ["padamelan", "pagawean", "gawean", "pakaryan", "garapan"]),
        ("dekat", ["cedhak", "caket", "deket", "parek"]),
        ("surat", ["layang", "serat"]),
        ("tua", ["tuwa", "sepuh", "kolot"]),
        ("luka", ["tatu", "raheut"]),
        ("punya", ["duwe", "gadhah", "gadah", "boga", "gaduh", "ndue", "nduwe", "puny", "pny"]),
        ("majikan", ["juragan", "bos", "boss", "atasan", "employer", "bose", "dunungan", "pemberi"]),
        ("status", ["aktif", "nonaktif", "active", "inactive"]),

        // Javanese and Sundanese words for the things people describe (seen in the 2026-12-06 batch):
        // where they were going, how long it took, what was lost. Words that also mean something else
        // in the other language ("dina" is "in" in Sundanese, "bali" is the island) are left out.
        ("berangkat", ["mangkat", "budhal", "bidhal", "indit"]),
        ("pulang", ["mulih", "mantuk", "uih"]),
        ("laut", ["segara", "segoro", "sagara", "samudra"]),
        ("hari", ["dinten", "poe", "dino"]),
        ("lama", ["suwe", "suwi", "lami", "lila", "lawas"]),
        ("nelayan", ["pamayang", "pemayang", "pelaut"]),
        ("petani", ["patani"]),
        ("hilang", ["ilang", "leungit", "ical", "kelangan"]),
        ("biaya", ["ragad", "waragad", "beaya"]),
        ("bantu", ["tulung", "tulungi", "bantos", "dibantos", "bantosan", "dibantosan", "dibantoni", "bantuin"]),
        ("tinggal", ["manggon", "cicing", "dumunung"]),

        // Regional Malay as people outside Java type it (Kupang, Ambon, Papua, Manado, Palembang, Minang, Riau):
        // the pronouns, negations and question words of everyday speech. Written from the dialects' common
        // words, never from corpus dev 19 or the frozen half (a few, such as "caro" and "pacak", also stand in
        // development misses read earlier). Words that are also English ("so", "for", "son"), another common
        // particle ("ko" is "kok", "dong" a softener, "awak" both "I" and "you") or East Javanese ("seng" is "sing",
        // that; "nak" is "to"; "dak" is "I'll") are left out: there they would read as "not" or "want".
        ("saya", ["beta", "sa", "saye", "ambo", "sayo"]),
        ("kamu", ["ose", "ngana", "kau", "ente"]),
        ("kita", ["katong", "torang", "kitorang", "kitong"]),
        ("mereka", ["dorang"]),
        ("tidak", ["sonde", "tra", "trada", "tida", "idak", "indak", "kaga"]),
        ("sudah", ["su"]),
        ("belum", ["balum", "alun"]),
        ("punya", ["pung", "pu"]),
        ("apa", ["apo", "ape"]),
        ("mana", ["mano", "mane"]),
        ("bagaimana", ["baa", "bagaimano", "gimano"]),
        ("bisa", ["pacak"]),
        ("untuk", ["par"]),
        ("dengan", ["deng"]),
        ("cara", ["caro"]),
        ("kantor", ["kantua"]),
        ("ini", ["iko"]),
        ("itu", ["tu"]),
        ("kata", ["kato"]),
        ("pergi", ["pigi"]),
    ];

    public static readonly FrozenDictionary<string, string> Map = Build();

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, variants) in Groups)
        {
            foreach (var variant in variants)
            {
                map.TryAdd(variant, canonical);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
