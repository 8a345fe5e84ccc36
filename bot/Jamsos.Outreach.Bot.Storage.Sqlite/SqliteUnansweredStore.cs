using Jamsos.Outreach.Bot.Core.Text;
using Jamsos.Outreach.Bot.Core.Storage;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// Low-confidence questions in the unanswered table, for the content editors. The question is masked
/// (<see cref="PersonalDataMask"/>) before it is written, so a NIK or phone typed into a question never
/// reaches the disk.
/// </summary>
internal sealed class SqliteUnansweredStore : IUnansweredStore
{
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
                    "INSERT INTO unanswered (question, intent, confidence, language, channel, at, referrer) VALUES ($question, $intent, $confidence, $language, $channel, $at, $referrer);");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$question", masked);
                    command.Parameters.AddWithValue("$intent", question.Intent);
                    command.Parameters.AddWithValue("$confidence", question.Confidence);
                    command.Parameters.AddWithValue("$language", question.Language);
                    command.Parameters.AddWithValue("$channel", question.Channel);
                    command.Parameters.AddWithValue("$at", SqliteTime.ToText(question.At));
                    command.Parameters.AddWithValue("$referrer", (object?)question.Referrer ?? DBNull.Value);
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }
            },
            durable: false, cancellationToken);
    }

    public Task<IReadOnlyList<UnansweredQuestion>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<UnansweredQuestion>>(
            async (connection, ct) =>
            {
                var command = SqliteDatabase.Command(
                    connection,
                    null,
                    since is null
                        ? "SELECT question, intent, confidence, language, channel, at, referrer FROM unanswered ORDER BY at, id;"
                        : "SELECT question, intent, confidence, language, channel, at, referrer FROM unanswered WHERE at >= $since ORDER BY at, id;");
                await using (command.ConfigureAwait(false))
                {
                    if (since is { } from)
                    {
                        command.Parameters.AddWithValue("$since", SqliteTime.ToText(from));
                    }

                    var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        var list = new List<UnansweredQuestion>();
                        while (await reader.ReadAsync(ct).ConfigureAwait(false))
                        {
                            list.Add(new UnansweredQuestion(
                                reader.GetString(0),
                                reader.GetString(1),
                                reader.GetDouble(2),
                                reader.GetString(3),
                                reader.GetString(4),
                                SqliteTime.Parse(reader.GetString(5), "unanswered", "at"),
                                reader.IsDBNull(6) ? null : reader.GetString(6)));
                        }

                        return list;
                    }
                }
            },
            cancellationToken);
}
