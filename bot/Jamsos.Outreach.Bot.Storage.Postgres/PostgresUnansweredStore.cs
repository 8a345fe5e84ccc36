using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Core.Text;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// Low-confidence questions in the unanswered table. The question is masked (<see cref="PersonalDataMask"/>)
/// before it leaves the process, so a NIK or phone typed into a question never reaches the server.
/// </summary>
internal sealed class PostgresUnansweredStore : IUnansweredStore
{
    private readonly PostgresDatabase database;

    public PostgresUnansweredStore(PostgresDatabase database)
    {
        this.database = database;
    }

    public Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var masked = PersonalDataMask.Mask(question.Question);
        return database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO unanswered (question, intent, confidence, language, channel, at, referrer) VALUES (@question, @intent, @confidence, @language, @channel, @at, @referrer);",
                ct,
                ("question", masked),
                ("intent", question.Intent),
                ("confidence", question.Confidence),
                ("language", question.Language),
                ("channel", question.Channel),
                ("at", PostgresDatabase.Utc(question.At)),
                ("referrer", question.Referrer)),
            cancellationToken);
    }

    public Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(
                connection,
                null,
                "SELECT question, intent, confidence, language, channel, at, referrer FROM unanswered WHERE (@since::timestamptz IS NULL OR at >= @since) ORDER BY at, id;",
                r => new UnansweredQuestion(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetString(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5), r.IsDBNull(6) ? null : r.GetString(6)),
                ct,
                ("since", since is { } from ? PostgresDatabase.Utc(from) : null)),
            cancellationToken);
}
