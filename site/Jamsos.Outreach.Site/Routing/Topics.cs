using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Site.Routing;

/// <summary>
/// Display names of the content's topic folders, in the order the home page lists them. A folder not
/// named here still gets its pages, titled with the folder name, after the known ones.
/// </summary>
public static class Topics
{
    private static readonly (string Folder, string Id, string En)[] Known =
    [
        ("iuran", "Iuran dan diskon", "Contributions and discount"),
        ("daftar", "Cara daftar", "Joining"),
        ("bayar", "Bayar iuran", "Paying"),
        ("jkk", "JKK: kecelakaan kerja", "JKK: work accidents"),
        ("jkm", "JKM: santunan kematian dan beasiswa", "JKM: death benefit and scholarships"),
        ("jht", "JHT: tabungan hari tua", "JHT: old-age savings"),
        ("jkp", "JKP: kehilangan pekerjaan", "JKP: job loss"),
        ("kantor", "Kantor dan kontak", "Offices and contacts"),
        ("umum", "Lain-lain", "Other questions"),
    ];

    public static string Name(string folder, Language language)
    {
        foreach (var (known, id, en) in Known)
        {
            if (known == folder)
            {
                return language == Language.En ? en : id;
            }
        }

        return folder;
    }

    public static int Order(string folder)
    {
        var index = Array.FindIndex(Known, k => k.Folder == folder);
        return index < 0 ? Known.Length : index;
    }
}
