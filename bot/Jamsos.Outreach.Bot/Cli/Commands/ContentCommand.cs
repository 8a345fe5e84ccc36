using System.CommandLine;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Cli.Commands;

/// <summary>A verb that works on the content folder (<c>--content DIR</c>) for a date (<c>--today YYYY-MM-DD</c>).</summary>
internal abstract class ContentCommand : CliCommand
{
    private readonly Option<string?> content = CliOptions.Content();
    private readonly Option<DateOnly?> today = CliOptions.Today();

    protected ContentCommand(string name, string description, CliContext context)
        : base(name, description, context)
    {
        Options.Add(content);
        Options.Add(today);
    }

    /// <summary>The content folder: <c>--content</c>, else the nearest content/ above the working directory (a <see cref="ContentException"/> when there is none).</summary>
    protected string ContentRoot(ParseResult parse) => ContentLocator.Locate(parse.GetValue(content));

    /// <summary><c>--today</c>, else today's date in Jakarta by the context's clock.</summary>
    protected DateOnly Today(ParseResult parse) => parse.GetValue(today) ?? ContributionCalculator.Today(Context.Clock);
}
