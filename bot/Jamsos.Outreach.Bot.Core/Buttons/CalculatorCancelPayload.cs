namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>Cancel the calculator.</summary>
public sealed record CalculatorCancelPayload : CalculatorPayload;
