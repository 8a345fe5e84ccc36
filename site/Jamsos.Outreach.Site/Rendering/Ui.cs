using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Site.Rendering;

/// <summary>The site's own interface words, written in both languages side by side.</summary>
public static class Ui
{
    public static string T(Language language, string indonesian, string english) =>
        language == Language.En ? english : indonesian;
}
