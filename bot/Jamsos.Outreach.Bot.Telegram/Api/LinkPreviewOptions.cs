namespace Jamsos.Outreach.Bot.Channels.Telegram.Api;

/// <summary>Link previews; <c>{"is_disabled":true}</c> turns them off (replaces disable_web_page_preview).</summary>
internal sealed class LinkPreviewOptions
{
    public bool? IsDisabled { get; init; }
}
