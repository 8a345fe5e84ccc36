using Jamsos.Outreach.Site.Bench;
using Xunit;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>The bench says which kind of generator it timed, so its figures are not misread.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void IsReadyToRun_FrameworkAssembly_IsPrecompiled()
    {
        Assert.True(BenchCommand.IsReadyToRun(typeof(object).Assembly.Location));
    }

    [Fact]
    public void IsReadyToRun_TheSiteAsTheTestsBuildIt_IsJitOnly()
    {
        Assert.False(BenchCommand.IsReadyToRun(typeof(BenchCommand).Assembly.Location));
    }
}
