namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>How sure the fact base is of a figure (../shared/facts.md's scale). Ordered: Low &lt; Medium &lt; High.</summary>
public enum Confidence
{
    Low = 0,
    Medium = 1,
    High = 2,
}

public static class ConfidenceNames
{
    public static bool TryParse(string? text, out Confidence confidence)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case "HIGH":
                confidence = Confidence.High;
                return true;
            case "MEDIUM":
                confidence = Confidence.Medium;
                return true;
            case "LOW":
                confidence = Confidence.Low;
                return true;
            default:
                confidence = Confidence.Low;
                return false;
        }
    }

    public static string Name(this Confidence confidence) => confidence switch
    {
        Confidence.High => "high",
        Confidence.Medium => "medium",
        _ => "low",
    };
}
