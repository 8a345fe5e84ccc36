using Jamsos.Outreach.Bot.Cli;
using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// A temporary SQLite database that the staff verbs open (Storage__ConnectionString points at it), with
/// seeding through the real SQLite stores and a way to run a verb through <see cref="CommandLine.RunAsync"/>.
/// Sets process environment variables: use it only in the Environment collection.
/// </summary>
internal sealed class StaffDatabase : IDisposable
{
    private readonly TempDatabase temp = new();

    public StaffDatabase()
    {
        Environment.SetEnvironmentVariable("Storage__ConnectionString", temp.FilePath);
        Environment.SetEnvironmentVariable("Telegram__BotUsername", null);
    }

    public string Folder => temp.Folder;

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 12, 5, 2, 0, 0, TimeSpan.Zero));

    public string PathOf(string name) => Path.Combine(temp.Folder, name);

    public Task AddAgentAsync(string code, string name, string region = "Kota Serang") =>
        new SqliteAgentStore(temp.Database).AddAsync(new Agent(code, name, region, Clock.GetUtcNow().AddDays(-10)));

    public Task AddSignUpAsync(SignUp signUp) => new SqliteSignUpStore(temp.Database).UpsertAsync(signUp);

    public Task AddUnansweredAsync(UnansweredQuestion question) => new SqliteUnansweredStore(temp.Database).AddAsync(question);

    public Task AddReminderAsync(Jamsos.Outreach.Bot.Core.Reminders.PaymentReminder reminder) => new SqliteReminderStore(temp.Database, Clock).UpsertAsync(reminder);

    public Task AddFeedbackAsync(Feedback feedback) => new SqliteFeedbackStore(temp.Database).AddAsync(feedback);

    public Task<IReadOnlyList<Agent>> AgentsAsync() => new SqliteAgentStore(temp.Database).ListAsync();

    /// <summary>Runs the command line with these arguments; standard input is empty.</summary>
    public async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CommandLine.RunAsync(args, new StringReader(string.Empty), output, error, Clock);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Storage__ConnectionString", null);
        Environment.SetEnvironmentVariable("Telegram__BotUsername", null);
        SqliteConnection.ClearAllPools();
        temp.Dispose();
    }
}
