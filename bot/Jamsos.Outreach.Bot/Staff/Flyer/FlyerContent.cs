namespace Jamsos.Outreach.Bot.Staff.Flyer;

/// <summary>
/// Every sentence printed on one flyer, in plain Indonesian, with the amounts as of the print date.
/// Built by <see cref="FlyerContentBuilder"/> from content/data; laid out by <see cref="FlyerRenderer"/>.
/// </summary>
internal sealed record FlyerContent(
    string Title,
    string Subtitle,
    string AmountsHeading,
    string AmountsNote,
    IReadOnlyList<FlyerAmountLine> Amounts,
    IReadOnlyList<string> Benefits,
    string Warning,
    string AgentLine,
    string BotCaption,
    string SiteCaption,
    string Footer,
    DateOnly Checked);
