namespace Jamsos.Outreach.Knowledge.Evaluation;

/// <summary>
/// One question of an evaluation set with its labels: the intent, the entry that answers it (null in
/// sets labelled by intent only), other entries that answer it just as fully, and its language
/// (id, en, jv, su, mixed).
/// </summary>
public sealed record LabelledQuestion(string Id, string Question, string Intent, string? Entry, IReadOnlyList<string> Also, string Language)
{
    /// <summary>True when <paramref name="entryId"/> answers this question (its entry or one of the equally good ones).</summary>
    public bool IsRightEntry(string? entryId) =>
        entryId is not null && (string.Equals(entryId, Entry, StringComparison.Ordinal) || Also.Contains(entryId, StringComparer.Ordinal));
}
