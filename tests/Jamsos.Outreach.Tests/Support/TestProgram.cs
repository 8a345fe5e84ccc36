namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// The test assembly's own entry point (GenerateProgramFile is false in the project file). The test host
/// never calls it; CrashDrillRun starts this assembly as a child process with <c>crash-drill …</c>, so
/// the drill, which only the tests need, stays out of the product's command line.
/// </summary>
public static class TestProgram
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["crash-drill", .. var drill])
        {
            return await CrashDrillVerb.RunAsync(drill, Console.Out, Console.Error);
        }

        await Console.Error.WriteLineAsync("This is the test assembly; run it with dotnet test. Its one verb is: crash-drill --db PATH --count N [--rounds R]");
        return 2;
    }
}
