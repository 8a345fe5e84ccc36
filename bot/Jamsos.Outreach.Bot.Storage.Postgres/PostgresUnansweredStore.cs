using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Core.Text;
using Npgsql;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// Low-confidence questions in the unanswered table. The question is masked (<see cref="PersonalDataMask"/>)
/// before it leaves the process, so a NIK, phone, e-mail or introduced name typed into a question never
/// reaches the server; the person hash lets /hapus and /datasaya find a person's questions.
/// </summary>
internal sealed class PostgresUnansweredStore : IUnansweredStore
{
    private const string Columns = "question, intent, confidence, language, channel, at, person_hash, referrer";

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
                "INSERT INTO unanswered (" + Columns + ") VALUES (@question, @intent, @confidence, @language, @channel, @at, @person_hash, @referrer);",
                ct,
                ("question", masked),
                ("intent", question.Intent),
                ("confidence", question.Confidence),
                ("language", question.Language),
                ("channel", question.Channel),
                ("at", PostgresDatabase.Utc(question.At)),
                ("person_hash", question.PersonHash),
                ("referrer", question.Referrer)),
            cancellationToken);
    }

    public Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(
                connection,
                null,
                "SELECT " + Columns + " FROM unanswered WHERE (@since::timestamptz IS NULL OR at >= @since) ORDER BY at, id;",
                Read,
                ct,
                ("since", since is { } from ? PostgresDatabase.Utc(from) : null)),
            cancellationToken);

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(connection, transaction, "DELETE FROM unanswered WHERE at < @before;", ct, ("before", PostgresDatabase.Utc(before))),
            cancellationToken);

    /// <summary>A person's questions, oldest first (/datasaya).</summary>
    internal static Task<IReadOnlyList<UnansweredQuestion>> ListByPersonAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string personHash, CancellationToken cancellationToken) =>
        PostgresDatabase.QueryAsync(connection, transaction, "SELECT " + Columns + " FROM unanswered WHERE person_hash = @person_hash ORDER BY at, id;", Read, cancellationToken, ("person_hash", personHash));

    /// <summary>Deletes a person's questions inside a caller's transaction (the /hapus erase).</summary>
    internal static Task<int> DeleteByPersonAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string personHash, CancellationToken cancellationToken) =>
        PostgresDatabase.ExecuteAsync(connection, transaction, "DELETE FROM unanswered WHERE person_hash = @person_hash;", cancellationToken, ("person_hash", personHash));

    private static UnansweredQuestion Read(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetString(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5), r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7));
}
