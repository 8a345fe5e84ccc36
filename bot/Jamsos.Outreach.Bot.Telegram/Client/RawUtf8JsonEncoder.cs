using System.Text.Encodings.Web;

namespace Jamsos.Outreach.Bot.Channels.Telegram.Client;

/// <summary>
/// A JSON string encoder that escapes only what JSON requires (quote, backslash, control characters,
/// lone surrogates) and writes every other character as raw UTF-8. The built-in encoders escape all
/// non-ASCII (the default) or at least every emoji (UnsafeRelaxedJsonEscaping) as \uXXXX: legal, but the
/// brief asks for raw UTF-8 on the wire, and it keeps recorded requests readable. HTML-sensitive
/// characters need no JSON escaping here: the body is never embedded in HTML.
/// </summary>
internal sealed class RawUtf8JsonEncoder : JavaScriptEncoder
{
    public static readonly RawUtf8JsonEncoder Instance = new();

    private RawUtf8JsonEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar is '"' or '\\' || (unicodeScalar is >= 0xD800 and <= 0xDFFF);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
                continue;
            }

            if (c < 0x20 || c is '"' or '\\' || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var output = new Span<char>(buffer, bufferLength);
        var escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ => null,
        };
        if (escape is null && unicodeScalar is < 0x20 or (>= 0xD800 and <= 0xDFFF))
        {
            escape = "\\u" + unicodeScalar.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (escape is null)
        {
            // Not ours to escape: write the scalar itself (UTF-16, one or two chars).
            var rune = new System.Text.Rune(unicodeScalar);
            if (!rune.TryEncodeToUtf16(output, out numberOfCharactersWritten))
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            return true;
        }

        if (escape.Length > output.Length)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        escape.AsSpan().CopyTo(output);
        numberOfCharactersWritten = escape.Length;
        return true;
    }
}
