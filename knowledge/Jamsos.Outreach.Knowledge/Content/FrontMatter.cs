using YamlDotNet.RepresentationModel;

namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// The parsed YAML front matter of one content file, with its errors reported at the key's line.
/// Lets <see cref="FaqReader"/> read field by field without passing the file and error list around.
/// </summary>
internal sealed class FrontMatter
{
    private readonly YamlMappingNode root;
    private readonly List<ContentError> errors;

    public FrontMatter(YamlMappingNode root, string file, List<ContentError> errors)
    {
        this.root = root;
        this.errors = errors;
        File = file;
    }

    public string File { get; }

    public string? Scalar(string key) => DataCatalogReader.Scalar(root, key);

    /// <summary>The values of a sequence of scalars; a missing key or a nested node reads as empty.</summary>
    public string[] Strings(string key) =>
        Sequence(key).Select(q => (q as YamlScalarNode)?.Value ?? string.Empty).ToArray();

    public IEnumerable<YamlNode> Sequence(string key) =>
        root.Children.TryGetValue(key, out var node) && node is YamlSequenceNode sequence ? sequence.Children : [];

    public void Fail(string key, string message) => errors.Add(new ContentError(File, LineOf(key), key, message));

    public void FailAt(YamlNode node, string key, string message) =>
        errors.Add(new ContentError(File, (int)node.Start.Line + 1, key, message));

    private int LineOf(string key) => root.Children.TryGetValue(key, out var node) ? (int)node.Start.Line + 1 : 2;
}
