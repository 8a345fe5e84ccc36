using Jamsos.Outreach.Bot.Core.Buttons;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;
using static Jamsos.Outreach.Bot.Core.Conversations.BotTexts;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>
/// The rows under an answer that lead further: "Selengkapnya" with the entry's site page beside it when the
/// answer is cut into screens, and the site calculator opened on a computed figure. The links need Site:BaseUrl.
/// </summary>
public static class AnswerLinks
{
    public static IReadOnlyList<IReadOnlyList<Button>> Rows(AnswerResult result, Language language)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = new List<IReadOnlyList<Button>>();
        if (result.More.Count > 0 && result.EntryId is { } entryId)
        {
            var more = new Button(MoreButton(language), new MorePayload(entryId, result.MoreFromStart ? 0 : 1, language.Code()));
            rows.Add(result.PageUrl is { } page ? [more, Button.Link(PageButton(language), page)] : [more]);
        }

        if (result.CalculatorUrl is { } calculator)
        {
            rows.Add([Button.Link(CalculatorLinkButton(language), calculator)]);
        }

        return rows;
    }
}
