namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>Where the content folder is (section "Content"); empty: the nearest content/ above the working directory.</summary>
internal sealed class ContentOptions
{
    public const string Section = "Content";

    public string? Path { get; set; }
}
