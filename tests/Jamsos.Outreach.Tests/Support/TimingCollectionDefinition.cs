using Xunit;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// Tests that hold the product to a wall-clock promise (Discord's 3 seconds for an interaction reply, 50 requests in
/// any second, a broadcast lease renewed within 600 ms) run alone, after the parallel ones: beside engines training on both cores of a CI machine, a timer's
/// continuation can wait most of a second for a thread, which is the test machine, not the product.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollectionDefinition
{
    public const string Name = "Timing";
}
