using System.Text;

namespace Jamsos.Outreach.Site.Rendering;

/// <summary>Meta descriptions: whole words, at most 160 characters (what search and WhatsApp previews show).</summary>
public static class Describe
{
    public const int MaxLength = 160;

    public static string Shorten(string text)
    {
        var clean = Collapse(text);
        if (clean.Length <= MaxLength)
        {
            return clean;
        }

        var cut = clean.LastIndexOf(' ', MaxLength - 1);
        return clean[..(cut > 0 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', '.') + "…";
    }

    /// <summary>Runs of white space (YAML folded lines included) become one space.</summary>
    public static string Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ')
                {
                    collapsed.Append(' ');
                }
            }
            else
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString().Trim();
    }
}
