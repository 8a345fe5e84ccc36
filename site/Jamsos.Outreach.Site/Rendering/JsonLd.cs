using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Jamsos.Outreach.Site.Rendering;

/// <summary>
/// schema.org structured data. The default encoder escapes &lt;, &gt; and &amp;, so the JSON can sit in a
/// script element without ever closing it.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static string FaqPage(string question, string answer, string url)
    {
        var document = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "FAQPage",
            ["url"] = url,
            ["mainEntity"] = new JsonArray(new JsonObject
            {
                ["@type"] = "Question",
                ["name"] = question,
                ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = answer },
            }),
        };
        return document.ToJsonString(Options);
    }
}
