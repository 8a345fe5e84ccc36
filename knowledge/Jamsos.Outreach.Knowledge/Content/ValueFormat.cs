namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>How a data value is written in text. See content/README.md.</summary>
public enum ValueFormat
{
    Text,
    Number,
    Rupiah,
    RupiahJuta,
    Percent,
    Date,
    Month,
    Hours2x24,
}

public static class ValueFormatNames
{
    public static bool TryParse(string? text, out ValueFormat format)
    {
        format = text?.Trim() switch
        {
            "text" => ValueFormat.Text,
            "number" => ValueFormat.Number,
            "rupiah" => ValueFormat.Rupiah,
            "rupiah_juta" => ValueFormat.RupiahJuta,
            "percent" => ValueFormat.Percent,
            "date" => ValueFormat.Date,
            "month" => ValueFormat.Month,
            "hours_2x24" => ValueFormat.Hours2x24,
            _ => (ValueFormat)(-1),
        };
        return Enum.IsDefined(format);
    }
}
