using System.Collections.Frozen;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// A request for other people's data, one of <see cref="AbuseDetector"/>'s kinds: a data word, a person
/// who is not the writer, and a verb of getting, in one sentence. An heir, a relative or someone helping
/// another register is what the bot is for, so their context never counts.
/// </summary>
internal static class OthersDataDetector
{
    private const int Window = 6;

    private static readonly FrozenSet<string> DataWords = AbuseDetector.Set(
        "data", "nik", "nomor", "saldo", "alamat", "kepesertaan", "identitas", "kpj", "details", "balance", "number", "address",
        "hp", "kartu", "nama", "names", "phone", "info", "informasi", "rekening", "kontak", "membership", "list", "daftar",
        "kepesertaannya", "perusahaannya", "upah", "riwayat", "tunggakan", "wage", "employer", "workplace");

    private static readonly FrozenSet<string> OtherPeople = AbuseDetector.Set(
        "tetangga", "mantan", "neighbor", "neighbour", "neighbors", "neighbours", "teman", "friend", "friends", "temannya",
        "ex", "exhusband", "exwife", "atasanku", "sedesa", "sekampung", "strangers", "stranger", "orangorang", "warga", "members",
        "nasabah", "named", "bernama", "sekecamatan", "sekelurahan", "sekabupaten", "sekota", "coworker", "coworkers", "colleague",
        "pacar", "pacarku", "mantanku", "pelamar", "applicant", "penyewa", "tenant", "ipar", "kancaku", "kanca", "tatangga",
        "artis", "gubernur", "governor", "lurah", "kawan", "rekan", "bos", "boss", "majikan", "temen", "temenku", "temennya");

    // A person named as the one looked up: "namanya Hendra Wijaya, lahir 12 Mei 1980", "si Rina", "jenenge Sri Wahyuni".
    private static readonly FrozenSet<string> NamedWords = AbuseDetector.Set("namanya", "namina", "jenenge", "jenengipun", "si", "lahir", "lair", "born");

    private static readonly string[] OtherPeoplePhrases =
    [
        " orang lain", " someone else", " somebody else", " other people", " other members", " other member", " peserta lain",
        " user lain", " pengguna lain", " last user", " previous user", " semua peserta", " seluruh peserta", " sak desa",
        " satu desa", " se desa", " satu kampung", " wong liya", " wong liyo", " batur", " member lain", " list of members",
        " every member", " all members", " pengguna sebelumnya", " ex husband", " ex wife", " atas nama", " member named",
        " another member", " another person", " another participant", " another user", " another worker", " anyone else",
        " orang yg nabrak", " orang yang nabrak", " orang yang menabrak", " list nomor", " data asli peserta", " contoh data asli",
        " someones", " somebodys", " his kpj", " her kpj", " their kpj", " his nik", " her nik", " their nik",
    ];

    private static readonly FrozenSet<string> GetWords = AbuseDetector.Set(
        "cek", "lihat", "liat", "minta", "kasih", "berikan", "wenehana", "wenehi", "bagi", "tampilkan", "show", "give", "tell",
        "check", "find", "cari", "lacak", "intip", "bocorkan", "sebutkan", "dump", "export", "list", "send", "kirim", "tahu",
        "ketahui", "know", "berapa", "buka", "bukakan", "carikan", "cekin", "cekkan", "print", "reveal", "share", "get", "ambil",
        "sebarkan", "jual", "beli", "database", "look", "lookup", "whats", "what", "nyari", "golek", "goleki", "tingali",
        "cariin", "kirimin", "kirimkan", "kasihin", "liatin", "lihatin", "mintain", "sell", "buy", "download", "unduh",
        "dipariksa", "pariksa", "ngerti", "pirsa", "sebutin", "njaluk", "golekno", "golekke");

    // "this person" names a target only when the data comes first ("alamat sama nomor HP orang ini"):
    // "orang ini ngaku petugas, minta nomor KTP saya" reports someone asking, it asks for nobody's data.
    private static readonly string[] ThisPersonPhrases = [" orang ini", " orang itu", " this person", " that person", " this guy", " wong iki", " jalma ieu"];

    // Leaked data passed on: "kirimin file data peserta yang bocor", "jual data bocoran BPJS". A worry about
    // one's own data ("data saya bocor, gimana?") has a first-person word right after the data word.
    private static readonly FrozenSet<string> LeakWords = AbuseDetector.Set("bocor", "bocoran", "kebocoran", "leak", "leaked", "leaks", "dibocorkan");
    private static readonly FrozenSet<string> PassOnWords = AbuseDetector.Set(
        "kirim", "kirimin", "kirimkan", "jual", "jualan", "beli", "send", "sell", "buy", "share", "bagi", "bagiin", "download", "unduh",
        "database", "file", "marketing");
    private static readonly FrozenSet<string> FirstPerson = AbuseDetector.Set("saya", "aku", "my", "mine", "ku", "kula", "abdi", "sy", "gue", "gw");

    // Helping someone register, or an heir asking about the deceased, is what the bot is for. Checked
    // on the written words: "kepesertaan" (membership) becomes "daftar" as a token but is not a sign-up.
    private static readonly FrozenSet<string> LegitimateContext = AbuseDetector.Set(
        "daftar", "daftarkan", "daftarin", "didaftarkan", "mendaftarkan", "register", "meninggal", "waris", "almarhum",
        "almarhumah", "ayah", "bapak", "ibu", "suami", "istri", "anak", "keluarga", "wali", "ortu", "orangtua", "father",
        "mother", "husband", "wife", "deceased", "heir", "ndaftarke", "daptarkeun", "bantu", "help");

    // Chasing a debt is no reason to be given someone's data, not even an heir's: "cari nomor HP dan alamat
    // keluarga almarhum X, sy mau tagih utangnya" (corpus dev 15). Matched as substrings: " tagih utang" covers "tagih utangnya".
    private static readonly string[] DebtPhrases =
    [
        " tagih utang", " tagih hutang", " nagih utang", " nagih hutang", " menagih utang", " menagih hutang", " collect a debt",
        " collect the debt", " collect his debt", " collect her debt", " collect their debt", " owes me", " utang sama saya",
        " hutang sama saya", " utang ke saya",
    ];

    // Someone else's data named in one sentence and asked for in the next by "dia", "his" or "her":
    // "Sy punya NIK tetangga nih. Tolong cekin saldo JHT dia berapa" (corpus dev 15).
    private static readonly FrozenSet<string> ThirdPerson = AbuseDetector.Set("dia", "doi", "beliau", "his", "her", "their", "deweke", "dheweke", "manehna");

    /// <summary>
    /// A request across sentences: one sentence names another person beside a data word, a later one asks
    /// to get data about "dia" / "his" / "her". The sentences are analysed token lists, in order.
    /// </summary>
    public static bool IsRequestAcrossSentences(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<string>? written = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var someoneElsesData = false;
        var someoneNamed = false;
        // An heir or a relative anywhere in the message ("Ibu saya namanya Siti, sudah meninggal. Tolong cek saldonya")
        // is what the bot is for.
        var legitimate = written is not null && written.Any(w => IsLegitimate(w.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        for (var s = 0; s < sentences.Count; s++)
        {
            var tokens = sentences[s];
            var words = written is not null && s < written.Count ? written[s].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (someoneElsesData && tokens.Any(GetWords.Contains) && HasTheirData(tokens))
            {
                return true;
            }

            // Someone named or described in one sentence, their data asked for in a later one: "Bos saya punya tunggakan
            // iuran nggak? Namanya Pak Liem, tolong cek ya", "…si Rudi, dia kerja di mana? cek dong perusahaannya".
            if ((someoneElsesData || someoneNamed) && s > 0 && !legitimate && (tokens.Any(GetWords.Contains) || words.Any(GetWords.Contains))
                && ((someoneElsesData && someoneNamed) || NamesSomeone(words) || HasPossessiveData(words)))
            {
                return true;
            }

            for (var i = 0; i < tokens.Count && !someoneElsesData; i++)
            {
                if (OtherPeople.Contains(tokens[i]))
                {
                    someoneElsesData = tokens.Skip(Math.Max(0, i - Window)).Take(2 * Window + 1).Any(t => DataWords.Contains(t) || StatusWords.Contains(t));
                }
            }

            // The written words too: the slang lexicon turns "tunggakan" into "telat" and "bos" into "majikan".
            for (var i = 0; i < words.Length && !someoneElsesData; i++)
            {
                if (OtherPeople.Contains(words[i]))
                {
                    someoneElsesData = words.Skip(Math.Max(0, i - Window)).Take(2 * Window + 1).Any(t => DataWords.Contains(t) || StatusWords.Contains(t));
                }
            }

            someoneNamed |= NamesSomeone(words) || string.Join(' ', words).Contains("atas nama", StringComparison.Ordinal);
        }

        return false;
    }

    // Whether someone is a member, asked about someone else: "artis itu terdaftar BPJS TK?", "semua warga yang sudah jadi peserta".
    private static readonly FrozenSet<string> StatusWords = AbuseDetector.Set("terdaftar", "registered", "kedaftar", "kadaptar", "peserta");

    // Someone else doing the asking, reported: "Pak RT kami minta nomor KPJ warga, boleh gak sih?".
    private static readonly FrozenSet<string> AskingVerbs = AbuseDetector.Set("minta", "meminta", "mintain", "nanya", "nanyain", "asks", "asked", "wants");
    private static readonly FrozenSet<string> ThirdParties = AbuseDetector.Set(
        "rt", "rw", "lurah", "kades", "kepala", "petugas", "orang", "seseorang", "dia", "mereka", "oknum", "someone", "he", "she",
        "they", "bos", "atasan", "majikan", "perusahaan", "company", "hrd", "agen", "calo", "sales");

    /// <summary>The only verb of getting is someone else's asking ("Pak RT kami minta nomor KPJ warga"): a report, not a request.</summary>
    private static bool IsReportedAsking(string[] words)
    {
        var reported = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (!GetWords.Contains(words[i]))
            {
                continue;
            }

            if (!AskingVerbs.Contains(words[i]) || !words.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3)).Any(ThirdParties.Contains))
            {
                return false;
            }

            reported = true;
        }

        return reported;
    }

    private static readonly FrozenSet<string> OwnWords = AbuseDetector.Set("sendiri", "own", "dhewe", "dewe", "sorangan", "pribadi");

    /// <summary>A person named or dated who is not the writer: "namanya Pak Liem", "lahir 1992"; "saya lahir 1990" is the writer.</summary>
    private static bool NamesSomeone(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (NamedWords.Contains(words[i]) && !(i > 0 && FirstPerson.Contains(words[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Their data by its possessive ending ("cek dong perusahaannya", "alamatnya di mana aja"), unless it is an office's:
    /// "kasih tau alamatnya kantor cabang", "nomornya call center".
    /// </summary>
    private static bool HasPossessiveData(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (TheirDataWords.Contains(words[i]) && !(i + 1 < words.Length && InstitutionWords.Contains(words[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> InstitutionWords = AbuseDetector.Set(
        "kantor", "cabang", "kc", "call", "contact", "cs", "layanan", "bpjs", "website", "web", "aplikasi", "jmo", "customer", "pusat", "175");

    // Their data, by its possessive ending: "cek dong perusahaannya", "alamatnya di mana aja".
    private static readonly FrozenSet<string> TheirDataWords = AbuseDetector.Set(
        "perusahaannya", "alamatnya", "nomornya", "rekeningnya", "saldonya", "kepesertaannya", "niknya", "kpjnya", "nomere", "alamate");

    /// <summary>
    /// Data said to be theirs: "saldo JHT dia", "nomor hp beliau", "his balance". "dia mau cek saldo" is
    /// them doing the checking, not their data.
    /// </summary>
    private static bool HasTheirData(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!ThirdPerson.Contains(tokens[i]))
            {
                continue;
            }

            var english = tokens[i] is "his" or "her" or "their";
            for (var d = 1; d <= 2; d++)
            {
                var j = english ? i + d : i - d;
                if (j >= 0 && j < tokens.Count && DataWords.Contains(tokens[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool IsRequest(IReadOnlyList<string> tokens, string padded)
    {
        var words = padded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (AsksWhoseId(words))
        {
            return true;
        }

        if (IsLeakedDataPassedOn(words))
        {
            return true;
        }

        if (DebtPhrases.Any(p => padded.Contains(p, StringComparison.Ordinal)) && tokens.Any(GetWords.Contains) && OthersDataWord(words))
        {
            return true;
        }

        // Asking how someone checks their own data ("temen sy mau cek saldo jht dia sendiri, caranya gmn?", "How can my
        // friend check his own JHT balance?") is what the bot is for.
        if (!(tokens.Any(GetWords.Contains) || words.Any(GetWords.Contains)) || IsLegitimate(words) || words.Any(OwnWords.Contains) || words.Any(HowWords.Contains)
            || IsReportedAsking(words))
        {
            return false;
        }

        // The data of a person delivered to the writer: "send me her card number", "kasih saya nomor KPJ dia".
        if (SendMePhrases.Any(p => padded.Contains(p, StringComparison.Ordinal)) && words.Any(DataWords.Contains))
        {
            return true;
        }

        // A whole group's data or membership: "sebutkan semua warga desa yang sudah jadi peserta", "minta daftar peserta di RT 05".
        if ((GroupPhrases.Any(p => padded.Contains(p, StringComparison.Ordinal)) || IsListOfMembersAtAPlace(words))
            && (words.Any(DataWords.Contains) || words.Any(StatusWords.Contains)))
        {
            return true;
        }

        var otherAt = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (OtherPeople.Contains(tokens[i]))
            {
                otherAt.Add(i);
            }
        }

        if (OtherPeoplePhrases.Any(p => AsTarget(padded, p)))
        {
            return tokens.Any(DataWords.Contains);
        }

        if (ThisPersonPhrases.Any(p => AfterData(padded, p)))
        {
            return true;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (DataWords.Contains(tokens[i]) && otherAt.Any(o => Math.Abs(o - i) <= Window))
            {
                return true;
            }
        }

        // Someone named, a data word that is not the writer's own ("saldo JHT saya" is), and a verb of getting.
        return words.Any(NamedWords.Contains) && OthersDataWord(words);
    }

    // An identity number shown and asked whose it is: "NIK 3201… ini punya siapa?", "kartu KPJ itu milik siapa".
    // "Saldo JHT itu punya siapa kalau peserta meninggal?" asks about a rule: a balance is not an identity number; and
    // "kartu ini punya siapa? saya nemu di jalan" or "nomor ini punya siapa? ngaku petugas" are a found card and a
    // scam call, answered as such.
    private static readonly FrozenSet<string> IdWords = AbuseDetector.Set("nik", "kpj", "ktp", "rekening");
    private static readonly FrozenSet<string> WhoseWords = AbuseDetector.Set("siapa", "sinten", "saha", "who", "whom");
    private static readonly FrozenSet<string> OwnsWords = AbuseDetector.Set("punya", "milik", "kagungane", "gadahna", "nggone", "duweke", "belongs", "belong");
    private static readonly FrozenSet<string> ThisWords = AbuseDetector.Set("ini", "itu", "iki", "kuwi", "ieu", "eta", "this", "that");

    private static bool AsksWhoseId(string[] words)
    {
        for (var i = 1; i + 1 < words.Length; i++)
        {
            if (!OwnsWords.Contains(words[i]) || (!WhoseWords.Contains(words[i + 1]) && !(i + 2 < words.Length && WhoseWords.Contains(words[i + 2]))))
            {
                continue;
            }

            var before = words.Skip(Math.Max(0, i - 4)).Take(Math.Min(i, 4)).ToArray();
            if (before.Any(IdWords.Contains) && before.Any(w => ThisWords.Contains(w) || w.Any(char.IsDigit)))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] SendMePhrases =
    [
        " send me her ", " send me his ", " send me their ", " give me her ", " give me his ", " give me their ", " tell me her ",
        " tell me his ", " tell me their ", " kirimin saya nomor ", " kasih saya nomor ",
    ];

    private static readonly string[] GroupPhrases =
    [
        " seluruh anggota", " semua anggota", " seluruh warga", " semua warga", " para anggota", " all residents", " all the members",
        " sadaya warga", " kabeh warga",
    ];

    // Asking how a group joins is what the bot is for: "kasih tau semua warga cara jadi peserta".
    private static readonly FrozenSet<string> HowWords = AbuseDetector.Set("cara", "caranya", "gimana", "bagaimana", "how", "piye", "kumaha", "syarat", "syaratnya");

    private static readonly FrozenSet<string> ListWords = AbuseDetector.Set("daftar", "list", "data");
    private static readonly FrozenSet<string> MemberWords = AbuseDetector.Set("peserta", "anggota", "warga", "member", "members", "pekerja");
    private static readonly FrozenSet<string> PlaceWords = AbuseDetector.Set("rt", "rw", "desa", "kelurahan", "kecamatan", "jalan", "jl", "kampung", "tinggal", "perumahan");

    /// <summary>A verb of getting right before a list of members, and a place: "minta daftar peserta BPJSTK di RT 05".</summary>
    private static bool IsListOfMembersAtAPlace(string[] words)
    {
        for (var i = 0; i + 2 < words.Length; i++)
        {
            if (GetWords.Contains(words[i]) && ListWords.Contains(words[i + 1]) && MemberWords.Contains(words[i + 2]))
            {
                return words.Skip(i + 3).Any(PlaceWords.Contains);
            }
        }

        return false;
    }

    private static bool OthersDataWord(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (DataWords.Contains(words[i]) && !(i + 1 < words.Length && FirstPerson.Contains(words[i + 1]))
                && !(i + 2 < words.Length && FirstPerson.Contains(words[i + 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The phrase names someone else as the one whose data is wanted, not as the one who did something:
    /// "saldo JHT saya diklaim oleh orang lain" (by someone else) reports a theft, it asks for nobody's data.
    /// </summary>
    private static bool AsTarget(string padded, string phrase)
    {
        var at = padded.IndexOf(phrase + " ", StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = padded[..at];
            if (!before.EndsWith(" oleh", StringComparison.Ordinal) && !before.EndsWith(" by", StringComparison.Ordinal))
            {
                return true;
            }

            at = padded.IndexOf(phrase + " ", at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>A data word among the <see cref="Window"/> words before the phrase: the phrase says whose data it is.</summary>
    private static bool AfterData(string padded, string phrase)
    {
        var at = padded.IndexOf(phrase + " ", StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = padded[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (before.TakeLast(Window).Any(DataWords.Contains))
            {
                return true;
            }

            at = padded.IndexOf(phrase + " ", at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>Leaked data with a word of passing it on, and the data not the writer's own.</summary>
    private static bool IsLeakedDataPassedOn(string[] words)
    {
        if (!words.Any(LeakWords.Contains) || !words.Any(PassOnWords.Contains))
        {
            return false;
        }

        var others = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] is "dataku" or "datane" or "dataning")
            {
                return false;
            }

            if (words[i] is "data" or "nik" or "database")
            {
                if (i + 1 < words.Length && FirstPerson.Contains(words[i + 1]))
                {
                    return false;
                }

                others = true;
            }
        }

        return others;
    }

    /// <summary>An heir, a relative or someone helping another register; "daftar nama" (a list of names) is not a sign-up.</summary>
    private static bool IsLegitimate(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var listOfNames = words[i] == "daftar" && i + 1 < words.Length && words[i + 1] is "nama" or "peserta" or "anggota" or "member";
            var former = i > 0 && words[i - 1] is "mantan" or "ex" or "bekas"; // an ex-wife's address is someone else's data
            // "mau tau dia udh daftar apa blm": whether someone else is registered is their data, not help to register.
            var registeredYet = words[i] == "daftar" && i > 0 && words[i - 1] is "udh" or "udah" or "sudah" or "dah" or "uwis" or "wis";
            // "nama ibu kandung" (a mother's maiden name) is a security answer, not a mother helped.
            var maidenName = words[i] == "ibu" && i > 0 && words[i - 1] == "nama";
            if (LegitimateContext.Contains(words[i]) && !listOfNames && !former && !registeredYet && !maidenName)
            {
                return true;
            }
        }

        return false;
    }
}
