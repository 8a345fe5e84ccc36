using Jamsos.Outreach.Tests.Site;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Staff;

/// <summary>
/// Debian's poppler-utils (pdftoppm, pdftotext, pdfinfo) and zbar-tools (zbarimg) run over a PDF the way
/// a person would check a flyer: print it, read it, scan its QR codes. .ci/run installs them, so a
/// missing tool fails the test with what to install.
/// </summary>
public sealed class PdfTools : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string folder = Directory.CreateTempSubdirectory("jamsos-flyer-").FullName;

    public string Folder => folder;

    /// <summary>Writes the PDF and renders its first page to PNG at <paramref name="dpi"/>; returns the PNG's path.</summary>
    public async Task<string> PngAsync(byte[] pdf, string name, int dpi = 150)
    {
        var pdfPath = Save(pdf, name);
        var prefix = Path.Combine(folder, name);
        await RunAsync("pdftoppm", "poppler-utils", ["-png", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-singlefile", pdfPath, prefix]);
        return prefix + ".png";
    }

    /// <summary>The PDF's text in reading order, whitespace collapsed to single spaces.</summary>
    public async Task<string> TextAsync(byte[] pdf, string name)
    {
        var output = await RunAsync("pdftotext", "poppler-utils", [Save(pdf, name), "-"]);
        return string.Join(' ', output.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
    }

    public async Task<string> InfoAsync(byte[] pdf, string name) => await RunAsync("pdfinfo", "poppler-utils", [Save(pdf, name)]);

    /// <summary>Every QR code zbarimg finds in the image, decoded.</summary>
    public async Task<IReadOnlyList<string>> DecodeQrAsync(string png)
    {
        var output = await RunAsync("zbarimg", "zbar-tools", ["--raw", "--quiet", "-Sdisable", "-Sqrcode.enable", png]);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Deletes the files unless JAMSOS_KEEP_TEST_FILES is set (to look at the flyer's PNG by eye).</summary>
    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("JAMSOS_KEEP_TEST_FILES") is null)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private string Save(byte[] pdf, string name)
    {
        var path = Path.Combine(folder, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    private async Task<string> RunAsync(string tool, string package, string[] arguments)
    {
        var path = "/usr/bin/" + tool;
        Assert.True(File.Exists(path), $"{path} is missing: apt-get install -y {package} (.ci/run does).");
        var (exitCode, output, error) = await ExternalTools.RunAsync(path, arguments, folder, Timeout);
        Assert.True(exitCode == 0, $"{tool} {string.Join(' ', arguments)} exited {exitCode}: {error}");
        return output;
    }
}
