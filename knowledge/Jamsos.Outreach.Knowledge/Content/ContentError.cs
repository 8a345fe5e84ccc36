namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>One problem in the content folder, located by file (relative to content/), line and key.</summary>
public sealed record ContentError(string File, int Line, string? Key, string Message)
{
    public override string ToString() =>
        Key is null ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Key}: {Message}";
}
