namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>A language chosen after /bahasa, as its code ("id", "en").</summary>
public sealed record LanguagePayload(string Code) : Payload;
