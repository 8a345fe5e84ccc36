namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// One fact from content/data: a number (amounts, rates, counts), a date, a month or a text, with its
/// provenance. Derived values (sums computed by the rules) carry the weakest provenance of their inputs.
/// </summary>
public sealed record DataValue(
    string Key,
    ValueFormat Format,
    decimal? Number,
    DateOnly? Date,
    string? Text,
    string Source,
    string? Url,
    DateOnly Checked,
    Confidence Confidence,
    string? Fact)
{
    public decimal RequireNumber() =>
        Number ?? throw new InvalidOperationException($"Data value '{Key}' is not a number.");

    public DateOnly RequireDate() =>
        Date ?? throw new InvalidOperationException($"Data value '{Key}' is not a date.");

    public string ToText(Language language, ValueFormat? format = null) =>
        ValueFormatter.Format(this, language, format ?? Format);
}
