using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// Reads content/data/*.yml into a <see cref="DataCatalog"/>. Every problem is collected with its file,
/// line and key, so one run of check-content lists them all.
/// </summary>
public static class DataCatalogReader
{
    private const string BandsFile = "bands.yml";
    private const string RegulationsFile = "regulasi.yml";

    public static DataCatalog Read(string dataDirectory, List<ContentError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var values = new List<DataValue>();
        BandTable? bands = null;
        var regulations = new List<Regulation>();

        foreach (var path in Directory.EnumerateFiles(dataDirectory, "*.yml").Order(StringComparer.Ordinal))
        {
            var file = "data/" + Path.GetFileName(path);
            var root = LoadRoot(path, file, errors);
            if (root is null)
            {
                continue;
            }

            var name = Path.GetFileName(path);
            if (name == BandsFile)
            {
                bands = ReadBands(root, file, errors);
            }
            else if (name == RegulationsFile)
            {
                regulations.AddRange(ReadRegulations(root, file, errors));
            }
            else
            {
                ReadValues(root, Path.GetFileNameWithoutExtension(path), file, values, errors);
            }
        }

        if (bands is null)
        {
            errors.Add(new ContentError("data/" + BandsFile, 0, null, "the income band table is missing"));
            bands = new BandTable([new IncomeBand(1, 0, 0)], string.Empty, string.Empty, default, Confidence.Low);
        }

        return new DataCatalog(values, bands, regulations);
    }

    private static YamlMappingNode? LoadRoot(string path, string file, List<ContentError> errors)
    {
        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            errors.Add(new ContentError(file, 1, null, "expected one YAML document with a mapping at the top"));
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(file, (int)ex.Start.Line, null, "YAML syntax: " + (ex.InnerException?.Message ?? ex.Message)));
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet reports some unclosed flow collections this way rather than as YamlException.
            errors.Add(new ContentError(file, 1, null, "YAML syntax: " + ex.Message));
        }

        return null;
    }

    private static void ReadValues(YamlMappingNode node, string prefix, string file, List<DataValue> values, List<ContentError> errors)
    {
        foreach (var (keyNode, valueNode) in node.Children)
        {
            var key = prefix + "." + ((YamlScalarNode)keyNode).Value;
            if (valueNode is not YamlMappingNode mapping)
            {
                errors.Add(new ContentError(file, Line(keyNode), key, "a data value must be a mapping with value, format, source, url, checked, confidence"));
                continue;
            }

            if (!mapping.Children.ContainsKey("value"))
            {
                ReadValues(mapping, key, file, values, errors);
                continue;
            }

            var value = ReadValue(key, mapping, file, errors);
            if (value is not null)
            {
                values.Add(value);
            }
        }
    }

    private static DataValue? ReadValue(string key, YamlMappingNode node, string file, List<ContentError> errors)
    {
        var line = Line(node);
        var count = errors.Count;
        var formatText = Scalar(node, "format");
        if (!ValueFormatNames.TryParse(formatText, out var format))
        {
            errors.Add(new ContentError(file, line, key, $"unknown or missing format '{formatText}'"));
        }

        var source = Scalar(node, "source");
        if (string.IsNullOrWhiteSpace(source))
        {
            errors.Add(new ContentError(file, line, key, "every value needs a source"));
        }

        var checkedDate = RequireDate(node, "checked", file, key, errors);
        var confidenceText = Scalar(node, "confidence");
        if (!ConfidenceNames.TryParse(confidenceText, out var confidence))
        {
            errors.Add(new ContentError(file, line, key, $"confidence must be high, medium or low (was '{confidenceText}')"));
        }

        var raw = Scalar(node, "value") ?? string.Empty;
        decimal? number = null;
        DateOnly? date = null;
        string? text = null;
        switch (format)
        {
            case ValueFormat.Date when DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                date = d;
                break;
            case ValueFormat.Month when DateOnly.TryParseExact(raw + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m):
                date = m;
                break;
            case ValueFormat.Date or ValueFormat.Month:
                errors.Add(new ContentError(file, line, key, $"'{raw}' is not a {(format == ValueFormat.Date ? "YYYY-MM-DD date" : "YYYY-MM month")}"));
                break;
            case ValueFormat.Text:
                text = raw;
                break;
            default:
                if (decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var n))
                {
                    number = n;
                }
                else
                {
                    errors.Add(new ContentError(file, line, key, $"'{raw}' is not a number"));
                }

                break;
        }

        return errors.Count > count
            ? null
            : new DataValue(key, format, number, date, text, source!, Scalar(node, "url"), checkedDate, confidence, Scalar(node, "fact"));
    }

    private static BandTable? ReadBands(YamlMappingNode root, string file, List<ContentError> errors)
    {
        var count = errors.Count;
        var checkedDate = RequireDate(root, "checked", file, "bands", errors);
        if (!ConfidenceNames.TryParse(Scalar(root, "confidence"), out var confidence))
        {
            errors.Add(new ContentError(file, Line(root), "confidence", "confidence must be high, medium or low"));
        }

        var bands = new List<IncomeBand>();
        if (!root.Children.TryGetValue("bands", out var list) || list is not YamlSequenceNode sequence)
        {
            errors.Add(new ContentError(file, Line(root), "bands", "missing the bands list"));
            return null;
        }

        foreach (var item in sequence.Children.OfType<YamlMappingNode>())
        {
            var number = int.Parse(Scalar(item, "band") ?? "0", CultureInfo.InvariantCulture);
            var from = decimal.Parse(Scalar(item, "from") ?? "-1", CultureInfo.InvariantCulture);
            var baseIncome = decimal.Parse(Scalar(item, "base") ?? "0", CultureInfo.InvariantCulture);
            var previous = bands.Count > 0 ? bands[^1] : null;
            if (number != bands.Count + 1 || baseIncome <= 0 || from < 0 || (previous is not null && (from <= previous.From || baseIncome <= previous.Base)))
            {
                errors.Add(new ContentError(file, Line(item), $"bands[{bands.Count + 1}]", "bands must be numbered 1..n with increasing from and base"));
            }

            bands.Add(new IncomeBand(number, from, baseIncome));
        }

        if (bands.Count == 0 || bands[0].From != 0)
        {
            errors.Add(new ContentError(file, Line(sequence), "bands", "the first band must start at 0"));
        }

        return errors.Count > count
            ? null
            : new BandTable(bands, Scalar(root, "source") ?? string.Empty, Scalar(root, "url") ?? string.Empty, checkedDate, confidence);
    }

    private static IEnumerable<Regulation> ReadRegulations(YamlMappingNode root, string file, List<ContentError> errors)
    {
        if (!root.Children.TryGetValue("regulations", out var list) || list is not YamlSequenceNode sequence)
        {
            errors.Add(new ContentError(file, Line(root), "regulations", "missing the regulations list"));
            yield break;
        }

        foreach (var item in sequence.Children.OfType<YamlMappingNode>())
        {
            var id = Scalar(item, "id");
            var url = Scalar(item, "url");
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(url))
            {
                errors.Add(new ContentError(file, Line(item), "regulations", "every regulation needs an id and a url"));
                continue;
            }

            if (!ConfidenceNames.TryParse(Scalar(item, "confidence"), out var confidence))
            {
                errors.Add(new ContentError(file, Line(item), id, "confidence must be high, medium or low"));
            }

            yield return new Regulation(id, Scalar(item, "title") ?? id, Scalar(item, "in_force") ?? string.Empty, url,
                RequireDate(item, "checked", file, id, errors), confidence);
        }
    }

    private static DateOnly RequireDate(YamlMappingNode node, string name, string file, string key, List<ContentError> errors)
    {
        var raw = Scalar(node, name);
        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new ContentError(file, Line(node), key, $"'{name}' must be a YYYY-MM-DD date (was '{raw}')"));
        return default;
    }

    internal static string? Scalar(YamlMappingNode node, string name) =>
        node.Children.TryGetValue(name, out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    internal static int Line(YamlNode node) => (int)node.Start.Line;
}
