using System.Text;

namespace Jamsos.Outreach.Bot.Core.SignUps;

/// <summary>
/// Indonesia's 514 regencies and cities (Kemendagri codes and names, embedded from <c>regencies.csv</c>)
/// and the matching of a typed region against them: case, spaces and punctuation do not matter
/// ("kab. bekasi", "Toli Toli"), a prefix ("kota", "kab", "kabupaten", "kotamadya", "kodya") narrows the
/// match, and a few certain short forms are known ("tangsel", "jaksel", "solo", "jogja"). A name that is
/// both a Kota and a Kabupaten, typed without a prefix, matches both: the sign-up then asks which.
/// </summary>
public static class Regencies
{
    private const string ResourceName = "Jamsos.Outreach.Bot.Core.SignUps.regencies.csv";

    // Only short forms with one meaning everywhere; anything unsure stays as typed rather than guessed.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["tangsel"] = "36.74", ["jakpus"] = "31.71", ["jakut"] = "31.72", ["jakbar"] = "31.73",
        ["jaksel"] = "31.74", ["jaktim"] = "31.75", ["solo"] = "33.72", ["jogja"] = "34.71",
        ["yogya"] = "34.71", ["jogjakarta"] = "34.71",
    };

    private static readonly Lazy<Table> Loaded = new(Load);

    public static IReadOnlyList<Regency> All => Loaded.Value.All;

    public static Regency? ByCode(string code) => Loaded.Value.ByCode.GetValueOrDefault(code);

    /// <summary>The regencies and cities a typed region names: none, one, or a Kota and a Kabupaten (the Kota first).</summary>
    public static IReadOnlyList<Regency> Find(string? typed)
    {
        var (city, key) = Parse(typed);
        if (key.Length == 0)
        {
            return [];
        }

        var table = Loaded.Value;
        if (Aliases.TryGetValue(key, out var code) && table.ByCode[code] is { } alias && (city is null || city == alias.IsCity))
        {
            return [alias];
        }

        return table.ByKey.TryGetValue(key, out var found)
            ? found.Where(r => city is null || r.IsCity == city).OrderByDescending(r => r.IsCity).ToList()
            : [];
    }

    /// <summary>True for text that is only a prefix ("kota", "kab."): an answer to "Kota X atau Kabupaten X?".</summary>
    public static bool IsPrefixOnly(string? typed)
    {
        var (city, key) = Parse(typed);
        return city is not null && key.Length == 0;
    }

    /// <summary>Whether a prefix says Kota (true) or Kabupaten (false), and the name as lower-case letters and digits only.</summary>
    private static (bool? City, string Key) Parse(string? text)
    {
        var words = Words(text);
        bool? city = words.Count > 0 ? PrefixOf(words[0]) : null;
        if (city is not null)
        {
            words.RemoveAt(0);
        }

        if (words.Count > 0 && words[0] is "adm" or "administrasi")
        {
            words.RemoveAt(0);
        }

        return (city, string.Concat(words));
    }

    private static bool? PrefixOf(string word) => word switch
    {
        "kota" or "kotamadya" or "kodya" or "kotif" => true,
        "kab" or "kabupaten" => false,
        _ => null,
    };

    private static List<string> Words(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (text ?? string.Empty).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static Table Load()
    {
        using var stream = typeof(Regencies).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var all = new List<Regency>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var columns = line.Split(',');
            all.Add(new Regency(columns[0], columns[2].Replace(" Administrasi ", " ", StringComparison.Ordinal)));
        }

        return new Table(
            all,
            all.ToDictionary(r => r.Code, StringComparer.Ordinal),
            all.GroupBy(r => Parse(r.Name).Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));
    }

    private sealed record Table(IReadOnlyList<Regency> All, Dictionary<string, Regency> ByCode, Dictionary<string, List<Regency>> ByKey);
}
