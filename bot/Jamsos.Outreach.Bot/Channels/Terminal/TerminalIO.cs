namespace Jamsos.Outreach.Bot.Channels.Terminal;

/// <summary>The terminal's streams, injectable so tests can drive the channel.</summary>
internal sealed record TerminalIO(TextReader Input, TextWriter Output);
