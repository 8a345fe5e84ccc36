using Jamsos.Outreach.Knowledge.Rules;

namespace Jamsos.Outreach.Bot.Core.Buttons;

/// <summary>The sector the person works in, which decides the discount on the date.</summary>
public sealed record CalculatorSectorPayload(Sector Sector) : CalculatorPayload;
