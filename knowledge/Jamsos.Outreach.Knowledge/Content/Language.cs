namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>The two languages the content is written in. Indonesian first, always.</summary>
public enum Language
{
    Id,
    En,
}

public static class LanguageCodes
{
    public static string Code(this Language language) => language == Language.En ? "en" : "id";

    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToUpperInvariant())
        {
            case "ID":
                language = Language.Id;
                return true;
            case "EN":
                language = Language.En;
                return true;
            default:
                language = Language.Id;
                return false;
        }
    }
}
