using System.CommandLine;
using System.Globalization;
using Jamsos.Outreach.Bot.Cli;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// <c>crash-drill --db PATH --count N [--rounds R]</c>: N concurrent sign-ups into a database file, then
/// the same phones again as updates (R rounds in all, default 2), printing <c>CONFIRMED +62…</c> after
/// each commit. CrashDrillRun starts the test assembly with it (<see cref="TestProgram"/>), kills the
/// process with SIGKILL part-way and checks that every confirmed phone is in the file exactly once. Only
/// the tests need it, so it lives here and not in the product. The phones are synthetic (+62812 followed
/// by eight digits), so printing them is no personal data.
/// </summary>
public static class CrashDrillVerb
{
    /// <summary>Parses <c>--db PATH --count N [--rounds R]</c> (the arguments after the verb) and runs the drill. Exit 2 on bad arguments or an unusable database.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var database = new Option<string>("--db") { Description = "The SQLite file", Required = true };
        var count = CliOptions.WholeNumber("--count", "Sign-ups per round", 1, 100_000_000, "--count needs a whole number from 1 to 100000000");
        count.Required = true;
        var rounds = CliOptions.WholeNumber("--rounds", "Rounds in all (default 2)", 1, 1000, "--rounds needs a whole number from 1 to 1000");
        var command = new RootCommand("The SIGKILL drill's child: concurrent sign-ups, CONFIRMED after each commit") { database, count, rounds };
        var parse = command.Parse(args);
        if (parse.Errors.Count > 0)
        {
            await error.WriteLineAsync("crash-drill: " + parse.Errors[0].Message).ConfigureAwait(false);
            return 2;
        }

        try
        {
            return await RunAsync(parse.GetRequiredValue(database), parse.GetValue(count)!.Value, output, parse.GetValue(rounds) ?? 2).ConfigureAwait(false);
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
