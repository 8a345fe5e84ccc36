namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// What kind of answer an entry gives, and what kind a question wants: "apa itu JKK?" wants a
/// definition, "berapa lama …" a time, "cara daftar …" steps. The ranker prefers entries whose kind
/// matches the question's.
/// </summary>
public enum AnswerKind
{
    /// <summary>No particular kind (greetings, sign-up offers, refusals), or a question whose kind is unclear.</summary>
    Other,

    /// <summary>What something is ("apa itu JKM?").</summary>
    Definition,

    /// <summary>How much ("berapa iurannya?").</summary>
    Amount,

    /// <summary>Whether ("bisa ikut?", "apakah ditanggung?").</summary>
    YesNo,

    /// <summary>How, with what documents ("cara daftar", "syaratnya apa").</summary>
    HowTo,

    /// <summary>When, how long, by when ("kapan", "berapa lama", "batas waktu").</summary>
    Time,

    /// <summary>Where, whom to contact ("kantornya di mana").</summary>
    Place,

    /// <summary>What happens if ("kalau telat bayar gimana?").</summary>
    WhatIf,
}

/// <summary>The content names of <see cref="AnswerKind"/> (the <c>type:</c> key of an entry).</summary>
public static class AnswerKindNames
{
    private static readonly (string Name, AnswerKind Kind)[] Names =
    [
        ("other", AnswerKind.Other), ("definition", AnswerKind.Definition), ("amount", AnswerKind.Amount),
        ("yes_no", AnswerKind.YesNo), ("how_to", AnswerKind.HowTo), ("time", AnswerKind.Time),
        ("place", AnswerKind.Place), ("what_if", AnswerKind.WhatIf),
    ];

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static bool TryParse(string? name, out AnswerKind kind)
    {
        foreach (var (n, k) in Names)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = AnswerKind.Other;
        return false;
    }

    public static string Name(this AnswerKind kind) => Names.First(n => n.Kind == kind).Name;
}
