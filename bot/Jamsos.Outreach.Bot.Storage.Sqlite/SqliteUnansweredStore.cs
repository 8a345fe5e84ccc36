using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Bot.Core.Text;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// Low-confidence questions in the unanswered table, for the content editors. The question is masked
/// (<see cref="PersonalDataMask"/>) before it is written, so a NIK, phone, e-mail or introduced name typed
/// into a question never reaches the disk; the person hash lets /hapus and /datasaya find a person's questions.
/// </summary>
internal sealed class SqliteUnansweredStore : IUnansweredStore
{
    private const string Columns = "question, intent, confidence, language, channel, at, person_hash, referrer";

    private readonly SqliteDatabase database;

    public SqliteUnansweredStore(SqliteDatabase database)
    {
        this.database = database;
    }

    public Task AddAsync(UnansweredQuestion question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var masked = PersonalDataMask.Mask(question.Question);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var command = SqliteDatabase.Command(
                    connection,
                    transaction,
                    "INSERT INTO unanswered (" + Columns + ") VALUES ($question, $intent, $confidence, $language, $channel, $at, $person_hash, $referrer);");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$question", masked);
                    command.Parameters.AddWithValue("$intent", question.Intent);
                    command.Parameters.AddWithValue("$confidence", question.Confidence);
                    command.Parameters.AddWithValue("$language", question.Language);
                    command.Parameters.AddWithValue("$channel", question.Channel);
                    command.Parameters.AddWithValue("$at", SqliteTime.ToText(question.At));
                    command.Parameters.AddWithValue("$person_hash", (object?)question.PersonHash ?? DBNull.Value);
                    command.Parameters.AddWithValue("$referrer", (object?)question.Referrer ?? DBNull.Value);
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            durable: false, cancellationToken);
    }

    public Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            (connection, ct) => QueryAsync(
                connection,
                since is null
                    ? "SELECT " + Columns + " FROM unanswered ORDER BY at, id;"
                    : "SELECT " + Columns + " FROM unanswered WHERE at >= $value ORDER BY at, id;",
                since is { } from ? SqliteTime.ToText(from) : null,
                ct),
            cancellationToken);

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var command = SqliteDatabase.Command(connection, transaction, "DELETE FROM unanswered WHERE at < $before;");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$before", SqliteTime.ToText(before));
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            durable: false, cancellationToken);

    /// <summary>A person's questions, oldest first (/datasaya).</summary>
    internal static Task<IReadOnlyList<UnansweredQuestion>> ListByPersonAsync(SqliteConnection connection, string personHash, CancellationToken cancellationToken) =>
        QueryAsync(connection, "SELECT " + Columns + " FROM unanswered WHERE person_hash = $value ORDER BY at, id;", personHash, cancellationToken);

    /// <summary>Deletes a person's questions inside a caller's transaction (the /hapus erase).</summary>
    internal static async Task<int> DeleteByPersonAsync(SqliteConnection connection, SqliteTransaction transaction, string personHash, CancellationToken cancellationToken)
    {
        var delete = SqliteDatabase.Command(connection, transaction, "DELETE FROM unanswered WHERE person_hash = $person_hash;");
        await using (delete.ConfigureAwait(false))
        {
            delete.Parameters.AddWithValue("$person_hash", personHash);
            return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<IReadOnlyList<UnansweredQuestion>> QueryAsync(SqliteConnection connection, string sql, string? value, CancellationToken cancellationToken)
    {
        var command = SqliteDatabase.Command(connection, null, sql);
        await using (command.ConfigureAwait(false))
        {
            if (value is not null)
            {
                command.Parameters.AddWithValue("$value", value);
            }

            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                var list = new List<UnansweredQuestion>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(new UnansweredQuestion(
                        reader.GetString(0),
                        reader.GetString(1),
                        reader.GetDouble(2),
                        reader.GetString(3),
                        reader.GetString(4),
                        SqliteTime.Parse(reader.GetString(5), "unanswered", "at"),
                        reader.IsDBNull(6) ? null : reader.GetString(6),
                        reader.IsDBNull(7) ? null : reader.GetString(7)));
                }

                return list;
            }
        }
    }
}
