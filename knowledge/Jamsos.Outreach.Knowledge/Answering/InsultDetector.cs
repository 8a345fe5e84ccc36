using System.Collections.Frozen;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>
/// Insults, one of <see cref="AbuseDetector"/>'s kinds: strong words anywhere; milder ones ("penipu",
/// "korupsi") only when aimed at us and not asked as a question or told as a scam someone met.
/// </summary>
internal static class InsultDetector
{
    private static readonly FrozenSet<string> StrongInsults = AbuseDetector.Set(
        "anjing", "bangsat", "goblok", "goblog", "tolol", "kampret", "brengsek", "tai", "taik",
        "bajingan", "keparat", "kontol", "memek", "ngentot", "asu", "jancok", "jancuk", "cok", "bangke", "fuck", "fucking",
        "shit", "bullshit", "kontolodon", "gebleg", "gendeng", "sompret", "pekok", "bego", "idiot");

    private static readonly FrozenSet<string> MildInsults = AbuseDetector.Set(
        "penipu", "maling", "koruptor", "korupsi", "dikorupsi", "rampok", "babi", "monyet", "sialan", "stupid", "useless",
        "scammer", "scammers", "thieves", "bodoh", "scam", "penipuan", "guna", "berguna", "gunana");

    // Exclamations ("anjir, iurannya cuma segitu?", "asem tenan, JMO-ku ra iso login"; "asem" is also tamarind): an
    // insult only as a sentence of their own ("Aseem...." opening a rant, corpus dev c222) or right beside us ("bot asem").
    private static readonly FrozenSet<string> Exclamations = AbuseDetector.Set("anjir", "anjrit", "njir", "anjay", "asem", "aseem");

    private static readonly FrozenSet<string> Beside = AbuseDetector.Set(
        "bpjstk", "bpjs", "kamu", "bot", "admin", "kalian", "you", "min", "mimin", "lu", "lo", "elu", "kowe", "dasar");

    // Animals are not insults when they bite: "digigit anjing waktu antar paket", "dicakot asu", "digegel anjing".
    private static readonly FrozenSet<string> AnimalWords = AbuseDetector.Set("anjing", "asu", "babi", "monyet");

    private static readonly FrozenSet<string> AnimalContext = AbuseDetector.Set(
        "digigit", "gigit", "kegigit", "menggigit", "gigitan", "dicakot", "cakot", "kecakot", "digegel", "gegel", "kagegel",
        "bitten", "bite", "bit", "rabies", "galak", "peliharaan", "liar", "dikejar", "diserang", "ternak", "peternak",
        "peternakan", "beternak", "sate", "daging", "topeng", "pawang", "dog", "dogs", "pig", "monkey");

    // Who a mild insult must be aimed at to count: us, the agency, the bot.
    private static readonly FrozenSet<string> Targets = AbuseDetector.Set(
        "bpjstk", "bpjs", "kamu", "bot", "admin", "kalian", "you", "your", "petugas", "pegawai", "lembaga", "pemerintah", "min", "mimin");

    // A mild word asked about ("apakah agen itu penipu?", "uangnya aman, tidak dikorupsi?") is a question, not abuse.
    private static readonly FrozenSet<string> AskingWords = AbuseDetector.Set("apakah", "benarkah", "benar", "bener", "aman", "whether", "emang", "beneran", "kah", "bagaimana", "kenapa", "tidak", "bukan");

    // Talk about a scam someone met ("ada WA ngaku BPJS minta OTP, penipuan bukan?") is the scam-warning topic.
    private static readonly FrozenSet<string> ScamReport = AbuseDetector.Set(
        "ngaku", "mengaku", "mengatasnamakan", "report", "lapor", "laporkan", "whatsapp", "sms", "transfer", "otp", "link", "pesan",
        "message", "kontak", "nama", "name", "using", "dikon", "njaluk", "minta", "waspada", "hati", "ciri", "modus", "agen", "perisai",
        // Whether something is genuine: "ini asli apa penipuan min?", "legit or scam?", "hoax bukan?" (corpus dev 11).
        "asli", "palsu", "hoax", "hoaks", "legit", "genuine", "real", "fake");

    // "tai" in a compound is not an insult: "tai lalat" (a mole), "pupuk tai sapi" (manure), "tukang sedot tai" (septic tanks).
    private static readonly FrozenSet<string> TaiCompoundAfter = AbuseDetector.Set(
        "lalat", "sapi", "ayam", "kambing", "kuda", "kerbau", "babi", "burung", "kelelawar", "cacing", "besi", "guano");

    private static readonly FrozenSet<string> TaiCompoundBefore = AbuseDetector.Set("sedot", "pupuk", "kotoran", "sarang", "goreng");

    public static bool IsInsult(IReadOnlyList<string> tokens)
    {
        var animals = tokens.Any(AnimalContext.Contains);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (StrongInsults.Contains(tokens[i]) && !IsCompound(tokens, i) && !(animals && AnimalWords.Contains(tokens[i])))
            {
                return true;
            }

            if (Exclamations.Contains(tokens[i])
                && (tokens.All(t => Exclamations.Contains(t) || Beside.Contains(t) || t is "tenan" or "banget" or "bgt")
                    || (i > 0 && Beside.Contains(tokens[i - 1])) || (i + 1 < tokens.Count && Beside.Contains(tokens[i + 1]))))
            {
                return true;
            }
        }

        // "bot ra guna", "kalian tidak berguna": useless is an insult when negated and aimed at us.
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i] is "guna" or "berguna" or "gunana" && tokens[i - 1] is "tidak" or "euweuh" or "kurang" && AimedAtUs(tokens, i))
            {
                return true;
            }
        }

        if (tokens.Any(AskingWords.Contains) || tokens.Any(ScamReport.Contains) || tokens[0] is "is" or "are" or "does" or "do" or "can")
        {
            return false;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (MildInsults.Contains(tokens[i]) && tokens[i] is not ("guna" or "berguna" or "gunana") && AimedAtUs(tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    // "tai lalat" (a mole), "tai besi" (slag), "kotoran kampret" (bat guano), "tukang sedot tai": compounds, not insults.
    private static bool IsCompound(IReadOnlyList<string> tokens, int at) =>
        tokens[at] is "tai" or "taik" or "kampret"
        && ((at + 1 < tokens.Count && TaiCompoundAfter.Contains(tokens[at + 1])) || (at > 0 && TaiCompoundBefore.Contains(tokens[at - 1])));

    /// <summary>"bpjs penipu", "bpjs itu penipuan", "kalian maling", "dasar bot bodoh": a target within a few words.</summary>
    private static bool AimedAtUs(IReadOnlyList<string> tokens, int at)
    {
        for (var j = Math.Max(0, at - 3); j < Math.Min(tokens.Count, at + 3); j++)
        {
            if (Targets.Contains(tokens[j]))
            {
                return true;
            }
        }

        return false;
    }
}
