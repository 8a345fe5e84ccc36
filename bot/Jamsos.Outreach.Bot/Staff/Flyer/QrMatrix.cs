using QRCoder;

namespace Jamsos.Outreach.Bot.Staff.Flyer;

/// <summary>
/// The dark and light modules of a QR code for a link, quiet zone (4 light modules each side) included.
/// The flyer draws them as vector squares rather than embedding a bitmap, so the code stays sharp at any
/// print resolution. Error correction M (15%) survives a folded or smudged flyer and keeps the code small.
/// </summary>
internal static class QrMatrix
{
    public static bool[,] For(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var size = rows.Count;
        var modules = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                modules[y, x] = rows[y][x];
            }
        }

        return modules;
    }
}
