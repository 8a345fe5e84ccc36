using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Evaluation;

/// <summary>
/// Scores the answer engine on a labelled set, beside the plain BM25 baseline in the same run.
/// Per question: the intent the engine reports (its best guess, also when it asks back), the entry it
/// ranks first, whether the right entry is among the three it shows (the answer and the next two, or
/// the "Maksud Anda…?" buttons), and whether it answered without asking back although the intent was
/// wrong (confidently wrong). A question the ranker trained on is answered out-of-fold (<see cref="OutOfFold"/>).
/// </summary>
public static class Evaluator
{
    public static SetReport Evaluate(string name, IReadOnlyList<LabelledQuestion> set, OutOfFold engines, Bm25Baseline baseline, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(baseline);
        var outcomes = new List<QuestionOutcome>(set.Count);
        foreach (var q in set)
        {
            var answerer = engines.For(q.Question);
            var result = answerer.Answer(q.Question, date);
            // What a chat shows: the answer and the entries offered after it, or the "Maksud Anda…?" buttons.
            var shown = result.Answered
                ? result.Related.Select(r => r.EntryId).Prepend(result.EntryId!).Take(3).ToArray()
                : result.Suggestions.Select(s => s.EntryId).Take(3).ToArray();
            var top = result.EntryId ?? shown.FirstOrDefault();
            var bm25 = baseline.Rank(q.Question);
            outcomes.Add(new QuestionOutcome(
                q,
                result.Intent,
                top,
                result.Answered,
                result.Confidence,
                shown,
                bm25.Count > 0 ? bm25[0].Intent : Intents.Unknown,
                bm25.Count > 0 ? bm25[0].Id : null,
                bm25.Take(3).Select(e => e.Id).ToArray()));
        }

        return new SetReport(name, outcomes);
    }
}

/// <summary>What happened to one question.</summary>
public sealed record QuestionOutcome(
    LabelledQuestion Question,
    string Intent,
    string? TopEntry,
    bool Answered,
    double Confidence,
    IReadOnlyList<string> Shown,
    string BaselineIntent,
    string? BaselineEntry,
    IReadOnlyList<string> BaselineTop3)
{
    /// <summary>
    /// The intent is right, or the entry shown first is one the labels call just as good (<c>also</c>):
    /// an entry that answers the question as fully is not a wrong answer because it sits under another intent.
    /// </summary>
    public bool IntentRight => Intent == Question.Intent || IsAlso(TopEntry);

    public bool EntryRight => Question.IsRightEntry(TopEntry);

    public bool InTop3 => Shown.Any(Question.IsRightEntry);

    /// <summary>Answered without asking back, and the intent was wrong.</summary>
    public bool ConfidentlyWrong => Answered && !IntentRight;

    /// <summary>Answered without asking back, and the entry was wrong (for sets with entry labels).</summary>
    public bool ConfidentlyWrongEntry => Answered && !EntryRight;

    /// <summary>The baseline's intent, judged the same way as the engine's.</summary>
    public bool BaselineIntentRight => BaselineIntent == Question.Intent || IsAlso(BaselineEntry);

    private bool IsAlso(string? entry) => entry is not null && Question.Also.Contains(entry, StringComparer.Ordinal);
}

/// <summary>The figures of one set (or one language of it).</summary>
public sealed class SetReport(string name, IReadOnlyList<QuestionOutcome> outcomes)
{
    public string Name { get; } = name;

    public IReadOnlyList<QuestionOutcome> Outcomes { get; } = outcomes;

    public int Count => Outcomes.Count;

    public bool HasEntries => Outcomes.Count > 0 && Outcomes.All(o => o.Question.Entry is not null);

    public double IntentAccuracy => Rate(o => o.IntentRight);

    public double EntryAccuracy => HasEntries ? Rate(o => o.EntryRight) : double.NaN;

    public double Top3Recall => HasEntries ? Rate(o => o.InTop3) : double.NaN;

    public double ConfidentlyWrong => Rate(o => o.ConfidentlyWrong);

    public double ConfidentlyWrongEntry => HasEntries ? Rate(o => o.ConfidentlyWrongEntry) : double.NaN;

    public double Coverage => Rate(o => o.Answered);

    public double BaselineIntentAccuracy => Rate(o => o.BaselineIntentRight);

    public double BaselineEntryAccuracy => HasEntries ? Rate(o => o.Question.IsRightEntry(o.BaselineEntry)) : double.NaN;

    public double BaselineTop3Recall => HasEntries ? Rate(o => o.BaselineTop3.Any(o.Question.IsRightEntry)) : double.NaN;

    /// <summary>The same figures for each language of the set.</summary>
    public IEnumerable<SetReport> ByLanguage() =>
        Outcomes.GroupBy(o => o.Question.Language, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SetReport($"{Name} [{g.Key}]", g.ToArray()));

    private double Rate(Func<QuestionOutcome, bool> predicate) =>
        Outcomes.Count == 0 ? double.NaN : (double)Outcomes.Count(predicate) / Outcomes.Count;
}
