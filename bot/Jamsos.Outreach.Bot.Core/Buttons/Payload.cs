namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>
/// What a pressed button means, as data. A button carries it as a short versioned string written and
/// read only by <see cref="PayloadCodec"/>; the engine and the channels match on these records, never on
/// the string, so a new button is a new record here instead of a new prefix parsed by hand in three places.
/// </summary>
public abstract record Payload;
