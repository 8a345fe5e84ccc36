using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Text;

/// <summary>
/// A message as the ranker sees it: the canonical tokens of the sentence(s) that ask (<see cref="Focus"/>),
/// the tokens of the sentences around them that only give context (<see cref="Context"/>), and the kind
/// of answer asked for. Openers and fillers ("lantas", "pertanyaannya", "mau tanya") are gone.
/// </summary>
public sealed record QuestionView(IReadOnlyList<string> Focus, IReadOnlyList<string> Context, AnswerKind Kind)
{
    public IEnumerable<string> AllTokens => Focus.Concat(Context);
}
