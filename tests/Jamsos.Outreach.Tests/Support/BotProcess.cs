using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// The product (Jamsos.Outreach.Bot.dll, copied next to the tests) as a child process: <c>run</c> with the
/// given settings as environment variables, as an operator would start one instance. The test process's
/// own bot settings are not inherited (a parallel test may have set some). <see cref="Kill"/> is SIGKILL:
/// no shutdown, no flush, no drain.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private static readonly string[] OwnPrefixes = ["Telegram__", "Discord__", "Storage__", "Bot__", "Content__", "Privacy__", "Logging__"];

    private readonly Process process;
    private readonly Queue<string> lastLines = new();
    private readonly Task drained;

    private BotProcess(Process process, string name)
    {
        this.process = process;
        Name = name;
        drained = Task.WhenAll(DrainAsync(process.StandardOutput), DrainAsync(process.StandardError));
    }

    public string Name { get; }

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the process wrote (both streams), for failure messages.</summary>
    public string Tail
    {
        get
        {
            lock (lastLines)
            {
                return string.Join(Environment.NewLine, lastLines);
            }
        }
    }

    public static BotProcess Start(string name, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var product = Path.Combine(AppContext.BaseDirectory, "Jamsos.Outreach.Bot.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet ? dotnet : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(product);
        start.ArgumentList.Add("run");
        foreach (var key in start.Environment.Keys.Where(k => OwnPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Jamsos"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + product);
        return new BotProcess(process, name);
    }

    /// <summary>A loopback port nobody listens on right now, for an instance's webhook listener.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGKILL, as a crashed machine or an OOM kill would end it.</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        await process.WaitForExitAsync(CancellationToken.None);
        await drained;
        process.Dispose();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} (pid {process.Id})");

    private async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (lastLines)
            {
                lastLines.Enqueue(line);
                if (lastLines.Count > 40)
                {
                    lastLines.Dequeue();
                }
            }
        }
    }
}
