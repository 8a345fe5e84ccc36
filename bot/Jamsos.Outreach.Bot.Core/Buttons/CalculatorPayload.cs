namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>A button of the /iuran calculator; pressed outside it, it has expired.</summary>
public abstract record CalculatorPayload : Payload;
