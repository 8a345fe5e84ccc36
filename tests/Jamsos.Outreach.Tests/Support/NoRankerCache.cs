using System.Runtime.CompilerServices;
using Jamsos.Outreach.Knowledge.Ranking;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// The tests train their engines rather than load them from the user's ranker cache (and never write to it):
/// what a test measures must not depend on what an earlier run left on disk. <c>RankerCacheTests</c> uses
/// its own folders. Child processes the tests start inherit the setting.
/// </summary>
internal static class NoRankerCache
{
    [ModuleInitializer]
    internal static void TurnOff()
    {
        if (Environment.GetEnvironmentVariable(RankerCache.EnvironmentVariable) is null)
        {
            Environment.SetEnvironmentVariable(RankerCache.EnvironmentVariable, "off");
        }
    }
}
