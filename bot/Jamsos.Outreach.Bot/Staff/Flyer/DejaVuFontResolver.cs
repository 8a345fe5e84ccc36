using PdfSharp.Fonts;

namespace Jamsos.Outreach.Bot.Staff.Flyer;

/// <summary>
/// PDFsharp's core build has no access to system fonts on Linux and needs a font resolver. The flyer
/// uses DejaVu Sans from Debian's fonts-dejavu-core (installed by .ci/run, present on most Debian
/// images): it covers Latin with diacritics, so any agent's name prints, and it is never downloaded at
/// run time. PDFsharp takes one resolver per process, set before the first font is used, so
/// <see cref="Install"/> sets this one once and later calls are no-ops.
/// </summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";

    public const string FontDirectory = "/usr/share/fonts/truetype/dejavu";

    private const string Regular = "DejaVuSans";

    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();

    private static readonly DejaVuFontResolver Instance = new();

    private readonly Dictionary<string, byte[]> faces = new(StringComparer.Ordinal);

    private DejaVuFontResolver()
    {
    }

    /// <summary>Makes this resolver PDFsharp's, failing with what to install when the font files are missing.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            foreach (var face in new[] { Regular, Bold })
            {
                var path = PathOf(face);
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException($"{path} is missing: install Debian's fonts-dejavu-core (apt-get install fonts-dejavu-core).", path);
                }
            }

            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance))
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    /// <summary>Every family maps to DejaVu Sans; italic is simulated by PDFsharp (the flyer uses none).</summary>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, false, italic);

    public byte[]? GetFont(string faceName)
    {
        lock (Gate)
        {
            if (!faces.TryGetValue(faceName, out var bytes))
            {
                bytes = File.ReadAllBytes(PathOf(faceName));
                faces[faceName] = bytes;
            }

            return bytes;
        }
    }

    private static string PathOf(string face) => Path.Combine(FontDirectory, face + ".ttf");
}
