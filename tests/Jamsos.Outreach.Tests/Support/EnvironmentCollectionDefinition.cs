using Xunit;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>Tests that set process environment variables (the host reads them) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollectionDefinition
{
    public const string Name = "Environment";
}
