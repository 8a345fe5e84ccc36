using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// A throw-away content folder: the real content/data (so placeholders and derived values resolve) and
/// only the FAQ files a test writes. Deleted on dispose.
/// </summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "jamsos-outreach-tests", Guid.NewGuid().ToString("N"));
        var data = Path.Combine(Root, "data");
        Directory.CreateDirectory(data);
        Directory.CreateDirectory(Path.Combine(Root, "faq"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ContentLocator.Locate(), "data"), "*.yml"))
        {
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    /// <summary>Writes <c>faq/&lt;topic&gt;/&lt;name&gt;</c> and returns its path as errors name it ("faq/topic/name").</summary>
    public string WriteFaq(string topic, string fileName, string text)
    {
        var folder = Path.Combine(Root, "faq", topic);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, fileName), text);
        return $"faq/{topic}/{fileName}";
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would hide the real result.
        }
    }
}
