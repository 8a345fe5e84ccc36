using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// The PostgreSQL server the store tests run against, found once per test run: the connection string in
/// JAMSOS_TEST_POSTGRES when set (.ci/run exports one), otherwise a throwaway cluster started here with
/// initdb and pg_ctl (as the postgres user when running as root) in a temporary folder on a free port,
/// stopped when the test process exits. When neither is possible the tests fail, saying how to start
/// one: they never skip silently.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "JAMSOS_TEST_POSTGRES";

    private const string HowTo =
        "Set JAMSOS_TEST_POSTGRES to a connection string of a server where this user may create databases " +
        "(e.g. \"Host=127.0.0.1;Port=5432;Username=postgres\"), or install PostgreSQL (apt-get install postgresql) " +
        "so the tests can start a throwaway cluster with initdb and pg_ctl; .ci/run does this itself.";

    private static readonly Lazy<Task<string>> Admin = new(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string to the server's maintenance database, for creating and dropping test databases.</summary>
    public static Task<string> AdminConnectionStringAsync() => Admin.Value;

    private static async Task<string> StartAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            var builder = new NpgsqlConnectionStringBuilder(given) { Database = new NpgsqlConnectionStringBuilder(given).Database ?? "postgres", Pooling = false };
            await EnsureReachableAsync(builder.ConnectionString, $"{Variable} is set, but its server cannot be reached").ConfigureAwait(false);
            return builder.ConnectionString;
        }

        var bin = FindBinaries() ?? throw new InvalidOperationException("These tests need PostgreSQL, and none was found (no initdb/pg_ctl). " + HowTo);
        var folder = Path.Combine(Path.GetTempPath(), "jamsos-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var asPostgres = Environment.UserName == "root";
        if (asPostgres)
        {
            await RunAsync("chown", ["postgres", folder], null).ConfigureAwait(false);
        }

        var data = Path.Combine(folder, "data");
        var port = FreePort();
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"], asPostgres).ConfigureAwait(false);
        var settings = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300";
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", settings, "-l", Path.Combine(folder, "server.log"), "-w", "start"], asPostgres).ConfigureAwait(false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(bin, data, folder, asPostgres);
        var connection = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
        await EnsureReachableAsync(connection, "The throwaway PostgreSQL cluster started but cannot be reached").ConfigureAwait(false);
        return connection;
    }

    /// <summary>initdb and pg_ctl on PATH, or Debian's /usr/lib/postgresql/N/bin (not on PATH), newest first.</summary>
    private static string? FindBinaries()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Select(d => Path.Combine(d, "bin"))
            : [];
        return onPath.Concat(debian).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a tool and fails with its output; as the postgres user through runuser when asked (initdb refuses root).</summary>
    private static async Task RunAsync(string tool, IReadOnlyList<string> arguments, bool? asPostgres)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres == true)
        {
            start.FileName = "runuser";
            foreach (var a in (string[])["-u", "postgres", "--", tool])
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = tool;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}. " + HowTo);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(tool)} failed ({process.ExitCode}): {await error.ConfigureAwait(false)}{await output.ConfigureAwait(false)} " + HowTo);
        }
    }

    private static async Task EnsureReachableAsync(string connectionString, string problem)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync().ConfigureAwait(false);
        }
        catch (NpgsqlException ex)
        {
            throw new InvalidOperationException($"{problem}: {ex.Message}. " + HowTo, ex);
        }
    }

    private static void Stop(string bin, string data, string folder, bool asPostgres)
    {
        try
        {
            RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asPostgres).GetAwaiter().GetResult();
            for (var attempt = 0; attempt < 3 && Directory.Exists(folder); attempt++)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // The server's last files may still be closing: wait a moment and try again.
                    Thread.Sleep(200);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // The process is exiting; a leftover temporary cluster is harmless and must not hide the results.
        }
    }
}
