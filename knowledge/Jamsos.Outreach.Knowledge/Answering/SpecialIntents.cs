using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// Signals that ranking alone should not decide: a message that is only a greeting, a wish to sign up,
/// a stated income, the worker's sector and BPJS Kesehatan questions (abuse is <see cref="AbuseDetector"/>'s).
/// Plain phrase and token look-ups on the normalised text: linear time, no regular expressions.
/// </summary>
internal static class SpecialIntents
{
    private static readonly FrozenSet<string> GreetingWords = new[]
    {
        "halo", "hallo", "haloo", "hai", "hello", "helo", "hey", "hei", "pagi", "siang", "sore", "malam", "selamat",
        "salam", "assalamualaikum", "assalamu", "alaikum", "aslm", "asw", "permisi", "p", "tes", "test", "testing",
        "min", "mimin", "admin", "kak", "gan", "bang", "mas", "mbak", "om", "pak", "bu", "punten", "sampurasun",
        "rampes", "sugeng", "enjing", "sonten", "dalu", "wilujeng", "terimakasih", "ok", "oke", "okay", "sip", "siap",
        "good", "morning", "evening", "afternoon", "night", "hola", "hay", "wassalam", "waalaikumsalam", "bro", "sis",
        "ping", "start", "mulai", "menu", "hi", "yo", "kakak", "guys", "semua", "everyone", "there", "nuwun", "sewu",
        "nggih", "wr", "wb", "warahmatullahi", "wabarakatuh", "salken", "kenalan", "selamat", "met", "sehat", "kabar",
        "banyak", "infonya", "info", "informasinya", "sekali", "ya", "yaa", "kasih", "anyone", "excuse", "lot",
        // Apologising for the interruption: "nuwun sewu ngganggu", "maaf mengganggu", "sorry to bother you".
        "maaf", "mohon", "ngapunten", "nyuwun", "pangapunten", "hapunten", "ganggu", "ngganggu", "nganggu", "mengganggu",
        "ngaganggu", "sorry", "bother", "disturb", "disturbing",
        // Sundanese thanks and "please/go ahead": "hatur nuhun pisan kang infona, mangga".
        "hatur", "nuhun", "pisan", "kang", "teh", "infona", "mangga", "matur", "suwun", "maturnuwun", "slamat",
        // Greetings and terms of address across the archipelago (corpus dev 15): "Horas min!", "Halo kaka, selamat sore",
        // "tabe", "mejuah-juah", "om swastyastu", "ya'ahowu", "permisi bang, ade orang kagak nih?" (Betawi "ade" = ada).
        "horas", "mejuah", "juah", "tabe", "tabea", "swastyastu", "ahowu", "yaahowu", "kaka", "nona", "bung", "bli",
        "daeng", "akang", "teteh", "cak",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Taking leave to think it over after an answer: "hatur nuhun, abdi bade ngobrol heula sareng bojo",
    // "makasih min, nanti saya rembug dulu sama istri". Only with a greeting or thanks, only with one of these
    // verbs ("halo kak, istri saya bisa?" stays a question), and only a whole message of these.
    private static readonly FrozenSet<string> LeaveVerbs = new[]
    {
        "ngobrol", "ngobrolkeun", "diskusi", "diskusikan", "rembug", "rembugan", "musyawarah", "pikir", "pikir2", "mikir",
        "talk", "discuss", "think",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TakingLeave = new[]
    {
        "wife", "husband", "family", "istri", "suami", "bojo", "bojoku", "keluarga", "garwa",
        "heula", "dulu", "disik", "dhisik", "riyin", "sareng", "dengan", "sama", "karo", "kalih", "nanti", "engke",
        "mengko", "first", "later", "aku", "saya", "arep", "mau", "will", "with", "my",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Asking to ask, or for a language, beside a greeting: "hi, can you speak english?", "sugeng enjing,
    // badhe takon". Only a whole message of these is a greeting; inside a question they stay (ranking needs "bisa").
    private static readonly FrozenSet<string> AskingToAsk = new[]
    {
        "speak", "english", "inggris", "bahasa", "indonesia", "jawa", "sunda", "takon", "naros", "tanya", "nanya",
        "bertanya", "ingin", "help", "someone", "somebody", "much", "pirsa", "ngertos",
        "sebentar", "boleh", "bisa", "need", "question", "questions", "ask", "sugeng", "rawuh", "nanya2", "tanya2",
        // Thanks after an answer: "ok thank you so much, very helpful", "mantap, jelas, membantu banget".
        "helpful", "very", "membantu", "mantap", "jelas", "paham", "ngerti", "great", "nice", "cool", "noted",
        // "makasih banyak ya min udah dijelasin" (corpus dev 14).
        "udah", "sudah", "dijelasin", "dijelaskan", "jelasin", "penjelasan", "penjelasannya", "jawabannya",
        // "mau nanya soal bpjs tk": asking to ask about us is still an opener; the menu is the answer.
        "bpjstk", "bpjs",
        // Javanese krama and Sundanese asking to ask: "kula badhe tanglet babagan BPJS Ketenagakerjaan".
        "tanglet", "pirso", "babagan", "bab", "perkawis", "ngenani", "ngeunaan", "perkara", "soal", "tentang",
        "mengenai", "seputar", "about", "kula", "badhe", "ajeng", "abdi", "bade", "hoyong", "taros", "tumaros",
        // Eastern Indonesian and chat forms (corpus dev 12): "Slamat pagi admin, kita mo tanya soal BPJS Ketenagakerjaan dang",
        // "mau nanya2 dikit".
        "mo", "dang", "kita", "torang", "beta", "sa", "dikit", "sedikit", "ki",
        // "Makasih banyak e, su jelas" (Eastern "su" = sudah), "do you answer in English?" (corpus dev 15).
        "su", "so", "answer", "reply", "understand", "mengerti", "ade", "adakah", "tidak",
        // "I have a few BPJS questions", "nyuwun pirsa rumiyin nggih", "mau tanya dulu min" (corpus dev 8, 13, 17).
        "few", "couple", "rumiyin", "riyin", "dhisik", "disik", "dulu", "heula",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The verbs of asking to ask. With one of them, saying who you are is still an opener:
    // "assalamualaikum min, sy ojol mau nanya2 soal bpjs tk boleh?" (corpus dev 13). Without one,
    // "halo min, saya petani" is left to ranking, and "halo, saya ojol bisa?" stays a question.
    private static readonly FrozenSet<string> AskVerbs = new[]
    {
        "nanya", "nanya2", "tanya", "tanya2", "bertanya", "takon", "tanglet", "naros", "taros", "tumaros", "ask",
        "question", "questions", "pertanyaan",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The words that say whom the questions are for, and how many words after one may name them.
    private static readonly FrozenSet<string> ForWhomWords = new[] { "buat", "untuk", "bagi", "kanggo", "kangge", "for" }.ToFrozenSet(StringComparer.Ordinal);

    private const int MaxForWhom = 2;

    // What a question is about, never whom it is for: "halo, mau tanya untuk klaim jht" is a question.
    private static readonly FrozenSet<string> TopicWords = new[]
    {
        "iuran", "klaim", "jht", "jkk", "jkm", "jkp", "bpu", "bayar", "pembayaran", "cair", "pencairan", "saldo", "kartu",
        "beasiswa", "santunan", "manfaat", "diskon", "potongan", "denda", "tunggakan", "kecelakaan", "meninggal", "kematian",
        "pensiun", "jp", "program", "jmo", "kpj", "nik", "ktp", "dokumen", "syarat", "kantor", "cabang", "status", "data",
        "contribution", "claim", "benefit", "benefits", "payment", "pay", "card", "balance", "discount", "accident", "death",
        "pension", "scholarship", "office", "register", "registration", "fee", "fees", "cost",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Whom the question is for, beside asking to ask: "I have a question about BPJS for my staff" (corpus dev 15).
    private static readonly FrozenSet<string> AskingForWhom = new[]
    {
        "staff", "staf", "employee", "employees", "worker", "workers", "karyawan", "pegawai", "pekerja", "for", "my", "untuk", "buat",
        // "I employ a driver and a helper and have a few BPJS questions" (corpus dev 13).
        "employ", "hire", "driver", "helper", "nanny", "maid", "housekeeper", "gardener",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Asking who answers: "ini bener layanan info BPJS Ketenagakerjaan?", "are you a bot?", "kamu siapa?". The
    // greeting says who we are (an information service, not BPJS itself). Only a whole message of these and the
    // words above: "kartu ini asli?", "siapa yang bisa jadi bpu?" and "is there an official whatsapp number?" stay questions.
    private static readonly FrozenSet<string> AboutUsAnchors = new[]
    {
        "siapa", "who", "resmi", "official", "bot", "robot", "asli", "beneran", "sinten", "saha", "manusia", "human",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AboutUsWords = new[]
    {
        "layanan", "service", "benar", "bener", "leres", "bener2", "ini", "this", "is", "are", "kamu", "you",
        "real", "orang", "ketenagakerjaan", "naker",
        "tk", "bpjamsostek", "jamsostek", "iki", "ieu", "nggih", "njih", "kah", "apakah", "opo", "naon", "bukan", "atau",
        "or", "a", "person", "ya", "kan",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Someone asking to be contacted or enrolled ("tolong hubungi saya", "daftarin kami"): the outreach
    // sign-up, not the office list.
    private static readonly string[] SignUpCues =
    [
        " hubungi saya", " hubungi kami", " contact me", " contact us", " call me", " daftarin saya", " daftarin kami",
        " daftar kan saya", " sign me up", " sign us up", " want to join", " want to sign up", " bantu kami daftar",
        " minat ikut", " tertarik ikut", " interested in joining",
        // Javanese and Sundanese: "abdi hoyong daptar nyalira", "kula kepengin melu".
        " hoyong daptar", " hoyong ngadaptar", " hoyong ngiring", " kepengin melu", " pengin melu", " kepingin melu",
    ];

    private static readonly FrozenSet<string> OfferedBySomeone = new[]
    {
        "nawarin", "nawari", "nawani", "nawarke", "menawarkan", "ditawari", "ditawarin", "ditawarkan", "nawiskeun", "offered",
        "offering", "offers",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Asking where an office is ("Kantor BPJS Ketenagakerjaan di Bandung aya dimana wae? Abdi hoyong daptar langsung")
    /// wants the address, even beside a wish to register there (corpus dev 14): the place kind of <see cref="AnswerKindDetector"/>.
    /// </summary>
    public static bool AsksWhere(AnalyzedText text) => AnswerKindDetector.IsPlace(text.Tokens);

    // Someone offering to cash out or arrange a benefit for a share of it: "ana wong teka omah nawani nyairke BPJS,
    // njaluk potongan separo", "mau bantu urus santunan 42 juta almarhum tapi nanti minta bagi" (corpus dev 13, 14).
    // BPJS charges nothing for a claim, so this is the scam warning, whatever the ranking says. The offer is someone
    // else's (OfferedBySomeone), a broker's ("calo", "jasa") or help to arrange it.
    private static bool IsOffer(string word) => OfferedBySomeone.Contains(word) || word is "calo" or "jasa";

    private static readonly string[] HelpToArrange = [" bantu urus ", " bantu ngurus ", " bantu cairin ", " bantu cairkan ", " ngurusin "];

    private static readonly FrozenSet<string> ShareWords = new[]
    {
        "bagi", "dibagi", "bagian", "separo", "separuh", "setengah", "persen", "fee", "komisi", "imbalan", "potongan",
        "dipotong", "cut", "share", "percent",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> BenefitWords = new[]
    {
        "santunan", "klaim", "jht", "saldo", "dana", "claim", "balance", "benefit",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] WithdrawStems = ["cair", "nyair", "pencair", "dicair", "ncair"];

    /// <summary>
    /// A stranger offering to cash out a benefit for a share, or an "undangan pencairan" for someone who never joined:
    /// the signs of the scam the penipuan entry warns about.
    /// </summary>
    public static bool IsBrokerScam(AnalyzedText text)
    {
        var words = text.Normalized.Split(' ');
        var withdraw = words.Any(w => WithdrawStems.Any(s => w.StartsWith(s, StringComparison.Ordinal)));
        if (withdraw && words.Contains("undangan"))
        {
            return true;
        }

        var padded = " " + text.Normalized + " ";
        var offer = words.Any(IsOffer) || HelpToArrange.Any(h => padded.Contains(h, StringComparison.Ordinal));
        return offer && words.Any(ShareWords.Contains) && (withdraw || words.Any(BenefitWords.Contains));
    }

    // A death while working is a work-accident death (JKK), whose benefit is larger than JKM's Rp42 juta: "suami saya
    // kurir, meninggal pas lagi nganter paket", "tilelep waktu melaut" (corpus dev 2, 7, 9, 13).
    private static readonly FrozenSet<string> DeathWords = new[]
    {
        "meninggal", "wafat", "tewas", "seda", "tilar", "maot", "pupus", "tilelep", "kelelep", "tenggelam", "died", "dies",
        "dead", "death", "killed", "drowned",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WhileWords = new[]
    {
        "ketika", "saat", "sewaktu", "waktu", "lagi", "sedang", "pas", "when", "while", "during", "nalika", "wektu", "basa",
        "keur", "nuju", "on",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WorkingWords = new[]
    {
        "kerja", "bekerja", "nganter", "ngantar", "mengantar", "antar", "nganterin", "narik", "ngojek", "melaut", "manen",
        "panen", "dinas", "bertugas", "tugas", "nyambut", "damel", "digawe", "working", "work", "delivering", "duty", "job",
        "shift", "ngudag",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotWords = new[]
    {
        "bukan", "tidak", "tak", "gak", "nggak", "ga", "ora", "dudu", "sanes", "teu", "not", "non", "no", "mboten", "lain",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Illness is not an accident: "lara pas melaut lan seda" (fell ill at sea and died) stays JKM (corpus dev 10 nb020).
    private static readonly FrozenSet<string> IllnessWords = new[]
    {
        "sakit", "lara", "gering", "penyakit", "stroke", "jantung", "ill", "illness", "sick", "disease", "heart",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A death at work: a death word and "kecelakaan kerja" (not negated), or "while/when" right before a working
    /// word ("meninggal pas lagi nganter paket", "died while delivering"), and no illness named.
    /// </summary>
    public static bool DiedAtWork(AnalyzedText text)
    {
        var words = text.Normalized.Split(' ');
        if (!words.Any(DeathWords.Contains) || words.Any(IllnessWords.Contains))
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var negated = words.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3)).Any(NotWords.Contains);
            if (negated)
            {
                continue;
            }

            var accident = words[i] is "kecelakaan" or "kacilakaan" && i + 1 < words.Length && words[i + 1] is "kerja" or "kerjo";
            var whileWorking = WhileWords.Contains(words[i])
                && words.Skip(i + 1).Take(2).Any(WorkingWords.Contains)
                && !IsFamilyErrand(words, i + 1);
            if (accident || whileWorking)
            {
                return true;
            }
        }

        return false;
    }

    // Taking someone of the family somewhere is an errand, not a delivery: "ditabrak pas nganter adiknya ke puskesmas".
    private static readonly FrozenSet<string> CarryingWords = new[]
    {
        "nganter", "ngantar", "mengantar", "antar", "nganterin", "delivering",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FamilyWords = new[]
    {
        "adik", "adiknya", "adek", "anak", "anaknya", "istri", "istrinya", "suami", "ibu", "ibunya", "bapak", "bapaknya",
        "ayah", "ortu", "kakak", "kakaknya", "nenek", "kakek", "saudara", "keluarga", "bojo", "simbah",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsFamilyErrand(string[] words, int from)
    {
        for (var j = from; j < Math.Min(words.Length, from + 2); j++)
        {
            // The one carried is the next word ("nganter adiknya"), not a word of the next sentence ("nganter paket. keluarga dapat…").
            if (CarryingWords.Contains(words[j]) && j + 1 < words.Length && FamilyWords.Contains(words[j + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An explicit wish to join or be contacted.</summary>
    public static bool WantsSignUp(AnalyzedText text)
    {
        // "ada yg nawarin daftarin saya di pasar, resmi gak?": someone else offered; the question is about them.
        if (text.Tokens.Any(OfferedBySomeone.Contains))
        {
            return false;
        }

        var joined = " " + string.Join(' ', text.Tokens) + " ";
        var normalized = " " + text.Normalized + " ";
        return SignUpCues.Any(c => joined.Contains(c, StringComparison.Ordinal) || normalized.Contains(c, StringComparison.Ordinal));
    }

    private static readonly FrozenSet<string> GreetingAnchors = new[]
    {
        "halo", "hallo", "hai", "hello", "helo", "hey", "hei", "pagi", "siang", "sore", "malam", "salam",
        "assalamualaikum", "permisi", "p", "tes", "test", "punten", "sampurasun", "sugeng", "wilujeng", "terimakasih",
        "hi", "hola", "morning", "evening", "ping", "start", "mulai", "menu", "waalaikumsalam", "aslm", "yo", "met",
        "anyone", "excuse", "salam", "maaf", "ngapunten", "nyuwun", "sorry", "nuhun", "suwun", "maturnuwun", "makasih",
        "thanks", "thank", "slamat", "horas", "mejuah", "tabe", "tabea", "swastyastu", "ahowu", "yaahowu",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TransportWords = new[]
    {
        "ojol", "opang", "ojek", "kurir", "courier", "sopir", "supir", "driver", "angkot", "taksi", "taxi", "transportasi",
        "transport", "logistik", "ekspedisi", "delivery", "rider", "riders", "nyopir", "trucker", "truk", "pengemudi",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Named work outside transport: "kalau petani?" after an ojol answer switches the sector, it does not keep it.
    private static readonly FrozenSet<string> OtherSectorWords = new[]
    {
        "petani", "tani", "nelayan", "pedagang", "dagang", "jualan", "buruh", "penjahit", "tukang", "warung", "pasar", "farmer",
        "farmers", "fisher", "fisherman", "trader", "seller", "tailor", "peternak", "pekebun", "bakul", "sawah", "kuli",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The other-sector button's label ("Lainnya", "Other") typed instead of pressed.
    private static readonly FrozenSet<string> OtherChoiceWords = new[]
    {
        "lainnya", "lain", "other", "others",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> GovernmentPaidWords = new[]
    {
        "apbd", "apbn", "pemda", "pemkot", "pemkab", "pemprov",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> IncomeWords = new[]
    {
        "penghasilan", "income", "omzet", "declare", "declared", "lapor", "laporkan", "dilaporkan", "isi", "pilih",
        "golongan", "band", "sehari", "harian",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Incomes below this are contribution amounts people quote ("16.800", "8 ribuan"), not incomes.</summary>
    public const decimal MinimumIncome = 100_000m;

    // Thanks after an answer, however it goes on: "matur nuwun penjelasane min, sesuk tak ajak bojoku daftar sisan",
    // "Hatur nuhun pisan kana inpormasina, kang", "Terima kasih sudah datang ke sini. Kami jadi tahu pentingnya BPJS
    // Ketenagakerjaan" (corpus dev 16): a message that thanks and asks nothing is a greeting, whatever else it says.
    // Asking is a question mark, a number, or one of these: a question word, a condition, a doubt or complaint
    // ("makasih, tapi klaim saya belum cair"), a request, a wish to join (canonical forms: "mau" is "ingin", "gak" is "tidak").
    private static readonly FrozenSet<string> ThanksButAsking = new[]
    {
        "apa", "apakah", "berapa", "bagaimana", "gimana", "kapan", "mana", "dimana", "kemana", "siapa", "kenapa", "mengapa",
        "bisa", "bisakah", "boleh", "bolehkah", "cara", "caranya", "kah", "harus", "perlu", "wajib", "berarti",
        "how", "what", "when", "where", "who", "why", "which", "can", "could", "should", "would", "does", "do", "did", "is",
        "are", "will", "if", "whether",
        "kalau", "jika", "bila", "apabila", "misal", "misalnya", "seandainya", "andai", "tapi", "namun", "but", "however",
        "belum", "tidak", "bukan", "kok", "masih", "tetap", "cuma", "hanya", "not", "still", "only", "yet",
        "tolong", "mohon", "bantu", "bantuin", "please", "help", "minta",
        "ingin", "daftar", "mendaftar", "gabung", "ikut", "minat", "tertarik", "want", "join", "register", "sign",
        // Javanese and Sundanese question words and requests.
        "piye", "pripun", "kepiye", "kados", "pinten", "pira", "endi", "pundi", "napa", "ngapa", "kenging",
        "kumaha", "naon", "sabaraha", "iraha", "saha", "dupi", "naha", "tiasa", "kedah", "badhe", "bade", "hoyong",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The canonical thanks token (every way of saying thanks maps to it).</summary>
    private const string Thanks = "terimakasih";

    /// <summary>
    /// True when the message thanks and asks nothing (see <see cref="ThanksButAsking"/>): no question mark, no number,
    /// no question word, condition, doubt, request or wish to join, and no more words than a short message of thanks.
    /// </summary>
    public static bool IsOnlyThanks(AnalyzedText text, string raw)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Tokens.Contains(Thanks) || (raw ?? string.Empty).Contains('?') || text.Amounts.Count > 0 || text.Tokens.Count > 20)
        {
            return false;
        }

        return !text.Tokens.Any(t => ThanksButAsking.Contains(t) || t.Any(char.IsAsciiDigit));
    }

    private static readonly FrozenSet<string> IdentityWords = new[]
    {
        "bot", "robot", "manusia", "human", "orang", "person", "petugas", "officer", "pegawai", "staff", "staf", "admin", "resmi",
        "official", "asli", "real", "siapa", "sopo", "sinten", "saha", "who", "ai", "cs", "bpjs", "chatbot", "mesin", "machine",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words of a topic: "kamu tahu iuran ojol berapa?" asks about contributions, not about the bot.
    private static readonly FrozenSet<string> BotTopicWords = new[]
    {
        "iuran", "klaim", "jht", "jkk", "jkm", "jkp", "daftar", "bayar", "saldo", "kartu", "kecelakaan", "meninggal", "diskon",
        "beasiswa", "cair", "alamat", "kantor", "cabang", "register", "pay", "claim", "balance", "card", "accident", "office",
        "open", "buka", "bantu", "help", "tahu", "tau", "know", "bisa", "can", "able", "datang", "come", "ikut", "join",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A short question about what the bot is ("Are you a BPJS officer?", "kamu bot ya?", "kamu siapa?", "anjeun
    /// saha?"): answered with the greeting, which says who we are and that we are not BPJS Ketenagakerjaan itself.
    /// Read on the written words; a topic ("kamu tahu iuran ojol berapa?") or a request ("kamu bisa bantu daftar?")
    /// goes to the answers.
    /// </summary>
    public static bool AsksWhoTheBotIs(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 8
            && words.Any(RoleOrderDetector.YouWords.Contains)
            && words.Any(IdentityWords.Contains)
            && !words.Any(BotTopicWords.Contains)
            && !text.Tokens.Any(BotTopicWords.Contains);
    }

    /// <summary>True when every word is a greeting, a courtesy or a term of address ("halo min", "P", "assalamualaikum").</summary>
    public static bool IsOnlyGreeting(AnalyzedText text)
    {
        // Particles do not make a message long: "hi, do you speak english? i have a question about bpjs"
        // is eleven tokens but five words that carry meaning.
        // Nor does saying whom the questions are for, while asking to ask: "Do you answer in English? I employ a
        // driver and a helper and have a few BPJS questions".
        var askingToAsk = text.Tokens.Any(AskVerbs.Contains);
        if (text.Tokens.Count == 0
            || text.Tokens.Count(t => (!StopWords.All.Contains(t) || GreetingAnchors.Contains(t)) && !(askingToAsk && AskingForWhom.Contains(t))) > 8)
        {
            return false;
        }

        var anchored = false;
        var leaving = text.Tokens.Any(LeaveVerbs.Contains);
        var forWhom = 0; // words still allowed after "buat", "untuk", "for" while asking to ask
        foreach (var token in text.Tokens)
        {
            // Whom the questions are for, whatever their work: "mau nanya2 soal bpjs tk buat marbot", "soal BPJS TK buat
            // freelancer boleh?", "a few questions about BPJS for my villa staff" (corpus dev 8, 11, 12).
            var wasForWhom = forWhom > 0;
            forWhom = askingToAsk && ForWhomWords.Contains(token) ? MaxForWhom : Math.Max(0, forWhom - 1);
            if (wasForWhom && !ForWhomWords.Contains(token) && !StopWords.All.Contains(token)
                && !ThanksButAsking.Contains(token) && !TopicWords.Contains(token))
            {
                continue;
            }

            if (StopWords.All.Contains(token) && !GreetingAnchors.Contains(token) && !AboutUsAnchors.Contains(token))
            {
                continue; // "makasih ya min": particles do not make it a question
            }

            if (!GreetingWords.Contains(token) && !AskingToAsk.Contains(token) && !AboutUsAnchors.Contains(token) && !AboutUsWords.Contains(token)
                && !LeaveVerbs.Contains(token) && !(leaving && TakingLeave.Contains(token))
                && !(askingToAsk && (TransportWords.Contains(token) || OtherSectorWords.Contains(token) || AskingForWhom.Contains(token))))
            {
                return false;
            }

            anchored |= GreetingAnchors.Contains(token) || AboutUsAnchors.Contains(token);
        }

        return anchored;
    }

    /// <summary>
    /// "halo min, brp iuran ojol?": the greeting is manners, not the question. Greeting words are dropped
    /// for ranking when something else is left; a message of greetings only is handled before this.
    /// </summary>
    public static QuestionView WithoutGreeting(QuestionView view)
    {
        var focus = view.Focus.Where(t => !GreetingWords.Contains(t)).ToArray();
        var context = view.Context.Where(t => !GreetingWords.Contains(t)).ToArray();
        var substantive = focus.Concat(context).Any(t => !StopWords.All.Contains(t));
        return substantive ? view with { Focus = focus, Context = context } : view;
    }

    public static Sector? DetectSector(AnalyzedText text)
    {
        Sector? sector = null;
        foreach (var token in text.Tokens)
        {
            if (GovernmentPaidWords.Contains(token))
            {
                return Sector.GovernmentPaid;
            }

            if (TransportWords.Contains(token))
            {
                sector = Sector.Transport;
            }
        }

        // Written words, not canonical tokens: "pedagang" becomes "informal", which "bpu" and "mandiri" also become.
        return sector ?? (text.Normalized.Split(' ').Any(OtherSectorWords.Contains) ? Sector.Other : null);
    }

    /// <summary>
    /// A typed reply to "which sector?": a sector named in either language ("transport", "ojol", "pedagang", "farmer", "pemda"),
    /// or the other-sector button's own word ("lainnya", "other"), which outside that question says nothing about a sector.
    /// </summary>
    public static Sector? SectorReply(AnalyzedText text) =>
        DetectSector(text) ?? (text.Normalized.Split(' ').Any(OtherChoiceWords.Contains) ? Sector.Other : null);

    /// <summary>
    /// The income the person states, if any: the largest amount of at least <see cref="MinimumIncome"/>
    /// when the words around it talk about income, or when ranking already points at contributions,
    /// or when it is all the message says right after a contribution answer (<paramref name="followUp"/>):
    /// that answer asks "type your monthly income", and "3 juta" is the reply.
    /// </summary>
    public static decimal? StatedIncome(AnalyzedText text, bool contributionQuestion, bool followUp = false)
    {
        var incomes = text.Amounts.Where(a => a >= MinimumIncome).ToArray();
        if (incomes.Length == 0)
        {
            return null;
        }

        // An amount is an income to compute with only in a question about contributions: "3jt iurannya
        // brp" or "gaji 2jt daftar pilih yg mana". "42 juta itu rinciannya" (a benefit) and "exempt if
        // you earn under 3 million" (eligibility) are not.
        var mentionsIncome = text.Tokens.Any(IncomeWords.Contains);
        // "iuran nelayan setahun brapa? 200 ribu kah": beside a year's contribution, an amount under a million with no
        // income word is a guess at that total (a year at the lowest band is about 200 ribu), not a monthly income.
        if (!mentionsIncome && incomes.Max() < YearlyGuessCeiling && AsksForAYear(text.Normalized))
        {
            return null;
        }

        var mentionsContribution = text.Tokens.Contains("iuran");
        var bareAmount = followUp && text.Tokens.All(t => t is Analyzer.AmountToken or Analyzer.LargeAmountToken || StopWords.All.Contains(t));
        var route = bareAmount || (mentionsContribution && (mentionsIncome || contributionQuestion)) || (mentionsIncome && contributionQuestion);
        return route ? incomes.Max() : null;
    }

    /// <summary>Below this, an amount asked beside a year's contribution is read as a guess at that total (see <see cref="StatedIncome"/>).</summary>
    private const decimal YearlyGuessCeiling = 1_000_000m;

    private static readonly string[] YearPhrases =
    [
        " setahun ", " pertahun ", " per tahun ", " tiap tahun ", " setiap tahun ", " tahunan ", " setaun ", " sataun ",
        " saben taun ", " a year ", " per year ", " yearly ", " annual ", " annually ",
    ];

    /// <summary>The message asks about a year ("setahun", "per tahun", "a year"), on the normalised text (before slang folds "setahun" into "tahun").</summary>
    private static bool AsksForAYear(string normalized)
    {
        var padded = " " + normalized + " ";
        return YearPhrases.Any(p => padded.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>BPJS Kesehatan (JKN, KIS) named without BPJS Ketenagakerjaan: the health agency's domain.</summary>
    public static bool IsHealthInsurance(AnalyzedText text) =>
        (text.Tokens.Contains("bpjskes") && !text.Tokens.Any(WorkProgrammeWords.Contains)) || IsHealthCare(text);

    /// <summary>
    /// "pasang behel ditanggung bpjs gak?", "bpjs saya nunggak, bisa berobat ke puskesmas?": a plain "BPJS" (people
    /// mostly mean the health agency by it) beside medical care, with no word of work, an accident or one of our
    /// programmes. Treatment after a work accident is ours (JKK) and keeps its answer.
    /// </summary>
    private static bool IsHealthCare(AnalyzedText text) =>
        text.Tokens.Contains("bpjs") && text.Tokens.Any(MedicalCareWords.Contains)
        && !text.Tokens.Any(t => WorkProgrammeWords.Contains(t) || NotHealthCareWords.Contains(t));

    private static readonly FrozenSet<string> MedicalCareWords = new[]
    {
        "behel", "kacamata", "melahirkan", "persalinan", "lahiran", "faskes", "puskesmas", "kis", "rujukan", "dokter",
        "berobat", "obat", "operasi", "penyakit", "klinik", "gigi", "jkn", "hamil", "caesar", "sesar", "opname",
        "kemoterapi", "kanker", "dialisis", "hemodialisa",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Work and injury words that keep a "BPJS" question ours even beside medical care.
    private static readonly FrozenSet<string> NotHealthCareWords = new[]
    {
        "kerja", "kerjo", "bekerja", "gawe", "nyambut", "damel", "work", "tiba", "dhawah", "luka", "cedera", "stmb",
        "upah", "ketenagakerjaan", "bpu", "ojol", "kurir",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Any of these means the question is about BPJS Ketenagakerjaan even if BPJS Kesehatan is named
    // (for example "JKN counts for JKP since PP 6/2025").
    private static readonly FrozenSet<string> WorkProgrammeWords = new[]
    {
        "bpjstk", "jkp", "jkk", "jkm", "jht", "pensiun", "kecelakaan", "informal", "beasiswa",
    }.ToFrozenSet(StringComparer.Ordinal);
}
