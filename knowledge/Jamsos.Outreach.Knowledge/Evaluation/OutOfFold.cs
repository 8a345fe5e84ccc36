using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Evaluation;

/// <summary>
/// The engine as a question it was never trained on sees it. The ranker also trains on the asked
/// questions (content/asked/, copied from the development sets); a question that is one of them is
/// answered by one of k engines, each trained without one fold of the asked questions, so every
/// development figure is out-of-fold. Other questions (the frozen test half) get the full engine.
/// The fold of a question is fixed by its place among the distinct asked texts: deterministic.
/// </summary>
public sealed class OutOfFold
{
    private readonly Dictionary<string, int> foldOf;
    private readonly Answerer[] folds;

    private OutOfFold(Answerer full, Dictionary<string, int> foldOf, Answerer[] folds)
    {
        Full = full;
        this.foldOf = foldOf;
        this.folds = folds;
    }

    /// <summary>The engine trained on everything (the one the bot runs).</summary>
    public Answerer Full { get; }

    /// <summary>How many engines were trained without a fold (0 when nothing was asked).</summary>
    public int Folds => folds.Length;

    public static OutOfFold Build(Answerer full, int k)
    {
        ArgumentNullException.ThrowIfNull(full);
        var asked = full.Knowledge.Asked;
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in asked.Select(a => Key(a.Question)).Distinct(StringComparer.Ordinal))
        {
            foldOf[text] = foldOf.Count % Math.Max(k, 1);
        }

        if (k < 2 || asked.Count == 0)
        {
            return new OutOfFold(full, [], []);
        }

        var folds = Enumerable.Range(0, k)
            .Select(f => new Answerer(full.Knowledge.WithAsked(asked.Where(a => foldOf[Key(a.Question)] != f).ToArray()), TimeProvider.System, full.Options.WithoutRankerCache()))
            .ToArray();
        return new OutOfFold(full, foldOf, folds);
    }

    /// <summary>The engine that never trained on this question.</summary>
    public Answerer For(string question) =>
        folds.Length > 0 && foldOf.TryGetValue(Key(question), out var fold) ? folds[fold] : Full;

    /// <summary>Whether the full engine trained on this question.</summary>
    public bool WasTrainedOn(string question) => foldOf.ContainsKey(Key(question));

    private static string Key(string question) => question.Trim();
}
