using Jamsos.Outreach.Bot.Cli;

namespace Jamsos.Outreach.Tests.Bot.Privacy.Check;

/// <summary>
/// Runs <see cref="ThePerson"/>'s life through the product's own command line (<c>run</c> with no platform
/// token: the terminal chat over the real host, content, engine and store), with the given settings as the
/// environment variables an operator would set, every log level switched on, and standard error captured
/// (the console logger writes there). <paramref name="beforeErasure"/> runs just before /hapus is typed and
/// <paramref name="afterErasure"/> just after its reply, both while the bot is still running.
/// </summary>
internal static class PersonLife
{
    private static readonly string[] OwnPrefixes = ["Telegram__", "Discord__", "Storage__", "Bot__", "Content__", "Privacy__", "Logging__"];

    public static async Task<PersonLifeRun> RunAsync(IReadOnlyDictionary<string, string> settings, Func<Task> beforeErasure, Func<Task> afterErasure)
    {
        var output = new StringWriter();
        var input = new CheckpointInput();
        foreach (var line in ThePerson.LinesBeforeErasure)
        {
            if (line == ThePerson.VoteHelpful)
            {
                input.Then(() => LastButton(output.ToString(), "👍 Membantu"));
            }
            else
            {
                input.Then(line);
            }
        }

        input.Then(ThePerson.Erasure, beforeErasure).Then((string?)null, afterErasure);
        var saved = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => OwnPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            .ToDictionary(k => k, Environment.GetEnvironmentVariable);
        var console = Console.Error;
        var logs = new StringWriter();
        var error = new StringWriter();
        var workingFolder = Directory.GetCurrentDirectory();
        var started = DateTime.UtcNow.AddSeconds(-1);
        try
        {
            saved.Keys.ToList().ForEach(k => Environment.SetEnvironmentVariable(k, null));
            Environment.SetEnvironmentVariable("Logging__LogLevel__Default", "Trace");
            Environment.SetEnvironmentVariable("Logging__LogLevel__Jamsos", "Trace");
            Environment.SetEnvironmentVariable("Privacy__Salt", ThePerson.Salt);
            foreach (var (key, value) in settings)
            {
                Environment.SetEnvironmentVariable(key, value);
            }

            // The console logger takes Console.Error when the host is built, and flushes when it is disposed.
            Console.SetError(logs);
            var exit = await CommandLine.RunAsync([], input, output, error, TimeProvider.System);
            var produced = Directory.EnumerateFiles(workingFolder).Where(f => File.GetLastWriteTimeUtc(f) >= started).ToList();
            return new PersonLifeRun(exit, output.ToString(), logs + error.ToString(), produced);
        }
        finally
        {
            Console.SetError(console);
            foreach (var key in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => OwnPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))))
            {
                Environment.SetEnvironmentVariable(key, null);
            }

            foreach (var (key, value) in saved)
            {
                Environment.SetEnvironmentVariable(key, value);
            }
        }
    }

    /// <summary>The number the terminal printed last for a button ("  [2] 👍 Membantu").</summary>
    private static string LastButton(string transcript, string label)
    {
        var at = transcript.LastIndexOf("] " + label, StringComparison.Ordinal);
        var open = at < 0 ? -1 : transcript.LastIndexOf('[', at);
        return open < 0 ? throw new InvalidOperationException($"No \"{label}\" button was shown:\n{transcript}") : transcript[(open + 1)..at];
    }
}

/// <summary>What a life left outside the store: the exit code, the chat as the person saw it, every log line, and files written into the working folder.</summary>
internal sealed record PersonLifeRun(int Exit, string Transcript, string Logs, IReadOnlyList<string> ProducedFiles);
