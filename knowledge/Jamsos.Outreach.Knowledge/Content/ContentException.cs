namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>Content could not be loaded. Carries every problem found, not just the first.</summary>
public sealed class ContentException : Exception
{
    public ContentException(IReadOnlyList<ContentError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public ContentException()
        : this([])
    {
    }

    public ContentException(string message)
        : base(message)
    {
        Errors = [new ContentError("content", 0, null, message)];
    }

    public ContentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ContentError("content", 0, null, message)];
    }

    public IReadOnlyList<ContentError> Errors { get; } = [];

    private static string Describe(IReadOnlyList<ContentError> errors) =>
        errors.Count == 0
            ? "Content could not be loaded."
            : $"Content could not be loaded ({errors.Count} problem(s)):{Environment.NewLine}" +
              string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
