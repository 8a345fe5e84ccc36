using System.Text;

namespace Jamsos.Outreach.Bot.Core.Conversations;

/// <summary>The small markup replies are written in: plain, bold and link spans and line breaks.</summary>
public sealed class RichText
{
    private readonly List<TextSpan> spans = [];

    public IReadOnlyList<TextSpan> Spans => spans;

    public static RichText From(string text) => new RichText().Plain(text);

    public RichText Plain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                spans.Add(new TextSpan(TextSpanKind.LineBreak, "\n"));
            }

            if (lines[i].Length > 0)
            {
                spans.Add(new TextSpan(TextSpanKind.Plain, lines[i]));
            }
        }

        return this;
    }

    public RichText Bold(string text)
    {
        spans.Add(new TextSpan(TextSpanKind.Bold, text));
        return this;
    }

    public RichText Link(string label, string url)
    {
        spans.Add(new TextSpan(TextSpanKind.Link, label, url));
        return this;
    }

    public RichText Line() => Plain("\n");

    /// <summary>Appends another text's spans (a prefix notice, a step's prompt after an intro).</summary>
    public RichText Append(RichText other)
    {
        ArgumentNullException.ThrowIfNull(other);
        spans.AddRange(other.spans);
        return this;
    }

    public RichText Paragraph() => Plain("\n\n");

    /// <summary>Plain text without markup (the terminal, logs-free tests, length checks).</summary>
    public string ToPlainText()
    {
        var text = new StringBuilder();
        foreach (var span in spans)
        {
            text.Append(span.Kind == TextSpanKind.Link && span.Url is not null ? $"{span.Text} ({span.Url})" : span.Text);
        }

        return text.ToString();
    }

    public override string ToString() => ToPlainText();
}
