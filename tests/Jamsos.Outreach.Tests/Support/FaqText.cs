using System.Globalization;
using System.Text;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// A minimal valid FAQ file, one field per line so a test knows which line a problem is on. Every
/// argument can be swapped for a broken value.
/// </summary>
public static class FaqText
{
    /// <summary>The line the <c>title:</c> field is written on (line 1 is the opening ---).</summary>
    public const int TitleLine = 4;

    /// <summary>The line the <c>summary:</c> field is written on.</summary>
    public const int SummaryLine = 12;

    public const string ValidTitle = "Contoh pertanyaan";

    public static string Entry(
        string id,
        string intent = "greeting",
        string title = ValidTitle,
        string summary = "Ringkasan singkat untuk pengujian.",
        string checkedDate = "2026-11-21",
        string confidence = "high",
        string? prompt = null)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"id: {id}\n");
        text.Append(CultureInfo.InvariantCulture, $"intent: {intent}\n");
        text.Append(CultureInfo.InvariantCulture, $"title: {title}\n");
        text.Append("questions:\n");
        foreach (var word in new[] { "satu", "dua", "tiga", "empat", "lima", "enam" })
        {
            text.Append(CultureInfo.InvariantCulture, $"  - pertanyaan contoh {word}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"summary: {summary}\n");
        text.Append("sources:\n");
        text.Append("  - regulation: PP 44/2015\n");
        text.Append("    url: https://peraturan.bpk.go.id/Details/5612\n");
        text.Append(CultureInfo.InvariantCulture, $"checked: {checkedDate}\n");
        text.Append(CultureInfo.InvariantCulture, $"confidence: {confidence}\n");
        text.Append("type: other\n");
        if (prompt is not null)
        {
            // After every other field, so the line numbers tests rely on stay put.
            text.Append(CultureInfo.InvariantCulture, $"prompt: {prompt}\n");
        }

        text.Append("---\n");
        text.Append("Isi lengkap untuk situs.\n");
        return text.ToString();
    }
}
