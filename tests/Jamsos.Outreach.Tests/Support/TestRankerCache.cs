using System.Runtime.CompilerServices;
using Jamsos.Outreach.Knowledge.Ranking;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// The tests never read or write the user's ranker cache: what a test measures must not depend on what an
/// earlier run left on disk. Each test run gets a fresh, empty cache folder of its own (deleted when the run
/// ends), with the ranker the build shipped beside the tests looked in first, as the bot does. So the real
/// content's ranker is trained once, by the build, and loaded by every engine the tests make (a loaded ranker is
/// the one training gives: <c>RankerCacheTests</c>, which uses its own folders, checks both the shipped file and
/// the round trip); other content trains once per run. Child processes the tests start inherit the setting.
/// Set <see cref="RankerCache.EnvironmentVariable"/> to <c>off</c> to make every engine train.
/// </summary>
internal static class TestRankerCache
{
    [ModuleInitializer]
    internal static void UseAFreshFolder()
    {
        if (Environment.GetEnvironmentVariable(RankerCache.EnvironmentVariable) is not null)
        {
            return;
        }

        var folder = Path.Combine(Path.GetTempPath(), $"jamsos-test-ranker-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Environment.SetEnvironmentVariable(RankerCache.EnvironmentVariable, folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover folder in the temp directory is harmless: no run reads another run's folder.
            }
        };
    }
}
