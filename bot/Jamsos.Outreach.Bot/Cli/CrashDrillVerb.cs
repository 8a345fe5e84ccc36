using System.Globalization;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Bot.Cli;

/// <summary>
/// <c>crash-drill --db PATH --count N [--rounds R]</c>: N concurrent sign-ups into a database file, then
/// the same phones again as updates (R rounds in all, default 2), printing <c>CONFIRMED +62…</c> after
/// each commit. A test kills this process with SIGKILL part-way and checks that every confirmed phone
/// is in the file exactly once. The phones are synthetic (+62812 followed by eight digits), so printing
/// them is no personal data.
/// </summary>
internal static class CrashDrillVerb
{
    public const string Usage = "crash-drill --db PATH --count N [--rounds R]";

    /// <summary>Parses <c>--db PATH --count N [--rounds R]</c> (the arguments after the verb) and runs the drill. Exit 2 on bad arguments or an unusable database.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        string? path = null;
        int? count = null;
        var rounds = 2;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--db" when value is not null:
                    path = value;
                    i++;
                    break;
                case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 100_000_000:
                    count = n;
                    i++;
                    break;
                case "--rounds" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r is > 0 and <= 1000:
                    rounds = r;
                    i++;
                    break;
                default:
                    await error.WriteLineAsync($"crash-drill: unexpected {args[i]}; usage: {Usage}").ConfigureAwait(false);
                    return 2;
            }
        }

        if (path is null || count is null)
        {
            await error.WriteLineAsync("crash-drill: usage: " + Usage).ConfigureAwait(false);
            return 2;
        }

        try
        {
            return await RunAsync(path, count.Value, output, rounds).ConfigureAwait(false);
        }
        catch (StorageException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>
    /// The drill itself. More than two rounds only make the run longer, so that a watcher's kill lands
    /// while writes are still going even on a fast disk (400 fully synced commits take well under a second).
    /// </summary>
    public static async Task<int> RunAsync(string databasePath, int count, TextWriter output, int rounds = 2)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rounds);
        using var database = new SqliteDatabase(Options.Create(new StorageOptions { ConnectionString = databasePath }));
        await database.CheckAsync().ConfigureAwait(false);
        var store = new SqliteSignUpStore(database);
        using var outputGate = new SemaphoreSlim(1, 1);
        var phones = Enumerable.Range(0, count).Select(i => "+62812" + i.ToString("D8", CultureInfo.InvariantCulture)).ToList();

        // Round one inserts every phone, later rounds update them all: the kill can land in any.
        for (var round = 1; round <= rounds; round++)
        {
            var name = "Drill " + round.ToString(CultureInfo.InvariantCulture);
            var tasks = phones.Select(phone => Task.Run(async () =>
            {
                var now = TimeProvider.System.GetUtcNow();
                await store.UpsertAsync(SignUpFor(phone, name, now)).ConfigureAwait(false);

                // Printed only after UpsertAsync returned, i.e. after the commit; flushed at once so the
                // watcher never sees a confirmation the file does not hold.
                await outputGate.WaitAsync().ConfigureAwait(false);
                try
                {
                    await output.WriteLineAsync("CONFIRMED " + phone).ConfigureAwait(false);
                    await output.FlushAsync().ConfigureAwait(false);
                }
                finally
                {
                    outputGate.Release();
                }
            }));
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }

        return 0;
    }

    private static SignUp SignUpFor(string phone, string name, DateTimeOffset now) => new(
        Phone: phone,
        Name: name + " " + phone[^4..],
        Region: "DKI Jakarta",
        Occupation: "Ojek online",
        ContactMethod: ContactMethod.WhatsApp,
        NewsOptIn: true,
        ConsentVersion: "drill",
        ConsentAt: now,
        Channel: "drill",
        ChatId: phone,
        UserId: phone,
        Referrer: null,
        Language: "id",
        CreatedAt: now,
        UpdatedAt: now);
}
