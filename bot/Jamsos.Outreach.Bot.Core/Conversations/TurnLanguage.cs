using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Text;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>The language of a turn: the one chosen with /bahasa, else the platform's hint, else detected from the text.</summary>
internal static class TurnLanguage
{
    public static Language? Hint(string? hint) =>
        hint is null ? null : hint.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En
            : hint.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? Language.Id : null;

    public static Language? Chosen(ConversationState state) =>
        state.Language is { } code && LanguageCodes.TryParse(code, out var chosen) ? chosen : null;

    public static Language Of(ConversationState state, Language? hint, string? text) =>
        Chosen(state) ?? hint ?? (text is null ? Language.Id : LanguageDetector.Detect(TextNormalizer.Normalize(text), []));
}
