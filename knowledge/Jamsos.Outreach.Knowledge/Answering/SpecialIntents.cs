using System.Collections.Frozen;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// Signals that ranking alone should not decide: abuse (insults, prompt injection, requests for other
/// people's data, fraud), a message that is only a greeting, a stated income, and the worker's sector.
/// Plain phrase and token look-ups on the normalised text: linear time, no regular expressions.
/// </summary>
internal static class SpecialIntents
{
    private static readonly string[] InjectionPhrases =
    [
        "ignore all previous", "ignore previous", "ignore all prior", "ignore the above", "ignore your instructions",
        "ignore all instructions", "disregard previous", "disregard all", "forget your instructions", "forget all previous",
        "system prompt", "your prompt", "developer mode", "jailbreak", "you are now", "pretend you", "pretend to be",
        "act as", "no rules", "without rules", "bypass", "abaikan semua", "abaikan instruksi", "abaikan perintah",
        "abaikan aturan", "lupakan instruksi", "lupakan semua aturan", "lupakan aturan", "tanpa aturan", "prompt sistem",
        "instruksi sistem", "kamu sekarang adalah", "berpura pura", "pura pura jadi", "mode developer", "override",
    ];

    private static readonly string[] FraudPhrases =
    [
        "klaim palsu", "kecelakaan palsu", "pura pura kecelakaan", "purapura kecelakaan", "kecelakaan bohongan",
        "rekayasa kecelakaan", "manipulasi data", "palsukan", "memalsukan", "dokumen palsu", "surat palsu",
        "fake accident", "fake claim", "skip paying", "without paying but", "tanpa bayar tapi", "gak bayar tapi klaim",
        "tidak bayar tapi klaim", "ga bayar tapi klaim", "akalin klaim", "akal akalin", "ngakalin", "cheat the",
        "menipu bpjs", "nipu bpjs", "tipu bpjs", "data peserta lain", "data orang lain", "nik orang", "nik milik orang",
        "data milik orang", "someone else s data", "someone elses", "other people s data", "other members data",
        "nomor hp peserta", "alamat peserta", "daftar nama peserta", "list of members", "cek data orang", "saldo orang lain",
        "bpjs is a scam", "bpjs scam", "bpjs scammers", "bpjs itu penipuan", "bpjs penipuan", "dump the database", "tidak guna", "tidak berguna", "ora guna", "ra guna", "gak guna", "ga guna",
        "nggak guna", "ga berguna", "gak berguna", "bot goblok", "bot bodoh", "kurang ajar", "teu guna", "euweuh gunana", "database peserta", "drop table", "select from",
    ];

    private static readonly FrozenSet<string> Insults = new[]
    {
        "anjing", "anjir", "anjrit", "bangsat", "goblok", "goblog", "tolol", "bego", "kampret", "brengsek", "tai",
        "taik", "bajingan", "keparat", "babi", "monyet", "kontol", "memek", "ngentot", "asu", "jancok", "jancuk",
        "cok", "bangke", "sialan", "penipu", "maling", "koruptor", "korupsi", "dikorupsi", "rampok", "fuck", "fucking",
        "shit", "stupid", "idiot", "bullshit", "scammer", "scammers", "thieves", "useless", "bodoh", "kontolodon",
        "gebleg", "gendeng", "sompret", "pekok",
    }.ToFrozenSet(StringComparer.Ordinal);

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
    }.ToFrozenSet(StringComparer.Ordinal);

    // Asking to ask, or for a language, beside a greeting: "hi, can you speak english?", "sugeng enjing,
    // badhe takon". Only a whole message of these is a greeting; inside a question they stay (ranking needs "bisa").
    private static readonly FrozenSet<string> AskingToAsk = new[]
    {
        "speak", "english", "inggris", "bahasa", "indonesia", "jawa", "sunda", "takon", "naros", "tanya", "nanya",
        "bertanya", "ingin", "help", "someone", "somebody", "much", "pirsa", "ngertos",
        "sebentar", "boleh", "bisa", "need", "question", "questions", "ask", "sugeng", "rawuh",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Someone asking to be contacted or enrolled ("tolong hubungi saya", "daftarin kami"): the outreach
    // sign-up, not the office list.
    private static readonly string[] SignUpCues =
    [
        " hubungi saya", " hubungi kami", " contact me", " contact us", " call me", " daftarin saya", " daftarin kami",
        " daftar kan saya", " sign me up", " sign us up", " want to join", " want to sign up", " bantu kami daftar",
        " minat ikut", " tertarik ikut", " interested in joining",
    ];

    /// <summary>An explicit wish to join or be contacted.</summary>
    public static bool WantsSignUp(AnalyzedText text)
    {
        var joined = " " + string.Join(' ', text.Tokens) + " ";
        var normalized = " " + text.Normalized + " ";
        return SignUpCues.Any(c => joined.Contains(c, StringComparison.Ordinal) || normalized.Contains(c, StringComparison.Ordinal));
    }

    private static readonly FrozenSet<string> GreetingAnchors = new[]
    {
        "halo", "hallo", "hai", "hello", "helo", "hey", "hei", "pagi", "siang", "sore", "malam", "salam",
        "assalamualaikum", "permisi", "p", "tes", "test", "punten", "sampurasun", "sugeng", "wilujeng", "terimakasih",
        "hi", "hola", "morning", "evening", "ping", "start", "mulai", "menu", "waalaikumsalam", "aslm", "yo", "met",
        "anyone", "excuse", "salam",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> TransportWords = new[]
    {
        "ojol", "opang", "ojek", "kurir", "courier", "sopir", "supir", "driver", "angkot", "taksi", "taxi", "transportasi",
        "transport", "logistik", "ekspedisi", "delivery", "rider", "riders", "nyopir", "trucker", "truk", "pengemudi",
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

    // Word combinations (on canonical tokens, after slang mapping) that mark abuse whatever the phrasing:
    // an instruction to drop the rules, someone else's data, or a faked claim.
    private static readonly (FrozenSet<string> Any, FrozenSet<string> With)[] Combinations =
    [
        (Set("ignore", "abaikan", "lupakan", "forget", "disregard", "override", "bypass"),
            Set("instruksi", "instruksimu", "instruction", "instructions", "perintah", "aturan", "aturanmu", "rules", "prompt", "prompts", "peraturan")),
        (Set("prompt", "prompts", "promptmu"), Set("sistem", "sistemmu", "system", "tampilkan", "print", "show", "reveal", "bocorkan")),
        (Set("data", "nik", "nomor", "saldo", "alamat", "kepesertaan", "identitas", "details", "membership"),
            Set("tetangga", "mantan", "neighbor", "neighbour", "neighbours", "neighbors", "else", "named", "atas", "lain", "temannya")),
        (Set("saldo", "balance", "nik", "kepesertaan", "membership", "data"), Set("teman", "friend", "friends", "temannya")),
        (Set("list", "dump", "export", "database", "sebutkan"), Set("members", "member", "peserta", "pesertanya", "nasabah")),
        (Set("palsu", "fake", "bohongan", "rekayasa", "manipulasi", "memalsukan", "palsukan", "pura", "fiktif", "bodong"),
            Set("klaim", "kecelakaan", "surat", "dokumen", "claim", "data", "syarat", "accident", "meninggal", "ktp", "kk")),
    ];

    private static readonly string[] NeverPaidPhrases =
    [
        " tidak pernah bayar", " belum pernah bayar", " never paid", " never paying", " without paying", " without ever paying",
        " skip paying", " tanpa bayar", " tanpa membayar", " tidak usah bayar", " tidak perlu bayar",
    ];

    private static readonly FrozenSet<string> EmployerWords = new[]
    {
        "majikan", "perusahaan", "employer", "company", "pabrik", "kantor",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How close (in tokens) the two words of a combination must be: one clause, not one message.</summary>
    private const int CombinationWindow = 6;

    /// <summary>
    /// True when a word of <paramref name="any"/> and a word of <paramref name="with"/> stand within
    /// <see cref="CombinationWindow"/> tokens of each other. A long message that mentions a balance in one
    /// sentence and a neighbour in another is not a request for the neighbour's data.
    /// </summary>
    private static bool Near(IReadOnlyList<string> tokens, FrozenSet<string> any, FrozenSet<string> with)
    {
        var lastAny = int.MinValue / 2;
        var lastWith = int.MinValue / 2;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (any.Contains(tokens[i]))
            {
                lastAny = i;
            }

            if (with.Contains(tokens[i]))
            {
                lastWith = i;
            }

            if (Math.Abs(lastAny - lastWith) <= CombinationWindow && (lastAny == i || lastWith == i))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAbuse(AnalyzedText text)
    {
        foreach (var (any, with) in Combinations)
        {
            if (Near(text.Tokens, any, with))
            {
                return true;
            }
        }

        if (IsClaimWithoutPaying(text))
        {
            return true;
        }

        var padded = " " + text.Normalized + " ";
        foreach (var phrase in InjectionPhrases)
        {
            if (padded.Contains(" " + phrase + " ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var phrase in FraudPhrases)
        {
            if (padded.Contains(" " + phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var token in text.Tokens)
        {
            if (Insults.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Claiming while refusing to pay ("gak pernah bayar tapi mau klaim"), but not an employer that did
    /// not pay (that is a real JKP question).
    /// </summary>
    private static bool IsClaimWithoutPaying(AnalyzedText text)
    {
        if (!text.Tokens.Contains("klaim") || text.Tokens.Any(EmployerWords.Contains))
        {
            return false;
        }

        var joined = " " + string.Join(' ', text.Tokens) + " ";
        return NeverPaidPhrases.Any(p => joined.Contains(p, StringComparison.Ordinal));
    }

    /// <summary>True when every word is a greeting, a courtesy or a term of address ("halo min", "P", "assalamualaikum").</summary>
    public static bool IsOnlyGreeting(AnalyzedText text)
    {
        if (text.Tokens.Count == 0 || text.Tokens.Count > 8)
        {
            return false;
        }

        var anchored = false;
        foreach (var token in text.Tokens)
        {
            if (StopWords.All.Contains(token) && !GreetingAnchors.Contains(token))
            {
                continue; // "makasih ya min": particles do not make it a question
            }

            if (!GreetingWords.Contains(token) && !AskingToAsk.Contains(token))
            {
                return false;
            }

            anchored |= GreetingAnchors.Contains(token);
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

        return sector;
    }

    /// <summary>
    /// The income the person states, if any: the largest amount of at least <see cref="MinimumIncome"/>
    /// when the words around it talk about income, or when ranking already points at contributions.
    /// </summary>
    public static decimal? StatedIncome(AnalyzedText text, bool contributionQuestion)
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
        var mentionsContribution = text.Tokens.Contains("iuran");
        var route = (mentionsContribution && (mentionsIncome || contributionQuestion)) || (mentionsIncome && contributionQuestion);
        return route ? incomes.Max() : null;
    }

    /// <summary>BPJS Kesehatan (JKN, KIS) named without BPJS Ketenagakerjaan: the health agency's domain.</summary>
    public static bool IsHealthInsurance(AnalyzedText text) =>
        text.Tokens.Contains("bpjskes") && !text.Tokens.Any(WorkProgrammeWords.Contains);

    // Any of these means the question is about BPJS Ketenagakerjaan even if BPJS Kesehatan is named
    // (for example "JKN counts for JKP since PP 6/2025").
    private static readonly FrozenSet<string> WorkProgrammeWords = new[]
    {
        "bpjstk", "jkp", "jkk", "jkm", "jht", "pensiun", "kecelakaan", "informal", "beasiswa",
    }.ToFrozenSet(StringComparer.Ordinal);
}
