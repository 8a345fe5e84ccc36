namespace Jamsos.Outreach.Bot.Channels.Discord.Wire;

/// <summary>A modal: custom id (≤ 100), title (≤ 45) and 1 to 5 Label components.</summary>
internal sealed record ModalData(string CustomId, string Title, IReadOnlyList<Component> Components);
