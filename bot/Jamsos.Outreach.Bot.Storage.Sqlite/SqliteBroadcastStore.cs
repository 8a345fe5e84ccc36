using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// Broadcast progress per recipient (broadcasts, broadcast_recipients; schema migration 2). Every status
/// change is a durable commit, so after a crash the table says exactly who got the message.
/// </summary>
internal sealed class SqliteBroadcastStore : IBroadcastStore
{
    private readonly SqliteDatabase database;
    private readonly TimeProvider clock;

    public SqliteBroadcastStore(SqliteDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    /// <summary>
    /// Creates the broadcast with its recipients, or finds it (a resume). The recipient list is fixed when
    /// the broadcast is first created. Throws when the id exists with another text.
    /// </summary>
    public Task<bool> CreateAsync(string id, string channel, string textSha256, IReadOnlyCollection<string> chatIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatIds);
        var at = SqliteTime.ToText(clock.GetUtcNow());
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var find = SqliteDatabase.Command(connection, transaction, "SELECT text_sha256 FROM broadcasts WHERE id = $id;");
                await using (find.ConfigureAwait(false))
                {
                    find.Parameters.AddWithValue("$id", id);
                    if (await find.ExecuteScalarAsync(ct).ConfigureAwait(false) is string existing)
                    {
                        return existing == textSha256
                            ? false
                            : throw new InvalidOperationException($"Broadcast '{id}' was started with a different text; choose another --id.");
                    }
                }

                await ExecuteAsync(connection, transaction, "INSERT INTO broadcasts (id, channel, text_sha256, created_at) VALUES ($id, $channel, $sha, $at);",
                    ct, ("$id", id), ("$channel", channel), ("$sha", textSha256), ("$at", at)).ConfigureAwait(false);
                var insert = SqliteDatabase.Command(connection, transaction,
                    "INSERT OR IGNORE INTO broadcast_recipients (broadcast_id, chat_id, status, updated_at) VALUES ($id, $chat, 'pending', $at);");
                await using (insert.ConfigureAwait(false))
                {
                    insert.Parameters.AddWithValue("$id", id);
                    var chat = insert.Parameters.Add("$chat", SqliteType.Text);
                    insert.Parameters.AddWithValue("$at", at);
                    foreach (var chatId in chatIds)
                    {
                        chat.Value = chatId;
                        await insert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                    }
                }

                return true;
            },
            cancellationToken);
    }

    /// <summary>Recipients left in 'sending' by a crash become 'unknown': they may have the message, so they are not sent it again.</summary>
    public Task<int> SettleInterruptedAsync(string id, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => ExecuteAsync(connection, transaction,
                "UPDATE broadcast_recipients SET status = 'unknown', updated_at = $at WHERE broadcast_id = $id AND status = 'sending';",
                ct, ("$id", id), ("$at", SqliteTime.ToText(clock.GetUtcNow()))),
            cancellationToken);

    public Task<IReadOnlyList<string>> PendingAsync(string id, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<string>>(
            async (connection, ct) =>
            {
                var command = SqliteDatabase.Command(connection, null, "SELECT chat_id FROM broadcast_recipients WHERE broadcast_id = $id AND status = 'pending' ORDER BY chat_id;");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$id", id);
                    var chats = new List<string>();
                    var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(ct).ConfigureAwait(false))
                        {
                            chats.Add(reader.GetString(0));
                        }
                    }

                    return chats;
                }
            },
            cancellationToken);

    /// <summary>Records a recipient's new status, durably, before returning.</summary>
    public Task SetAsync(string id, string chatId, RecipientStatus status, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => ExecuteAsync(connection, transaction,
                "UPDATE broadcast_recipients SET status = $status, updated_at = $at WHERE broadcast_id = $id AND chat_id = $chat;",
                ct, ("$id", id), ("$chat", chatId), ("$status", status.ToString().ToLowerInvariant()), ("$at", SqliteTime.ToText(clock.GetUtcNow()))),
            cancellationToken);

    public Task<BroadcastSummary> SummaryAsync(string id, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async (connection, ct) =>
            {
                var command = SqliteDatabase.Command(connection, null, "SELECT status, COUNT(*) FROM broadcast_recipients WHERE broadcast_id = $id GROUP BY status;");
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddWithValue("$id", id);
                    var counts = new Dictionary<RecipientStatus, int>();
                    var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(ct).ConfigureAwait(false))
                        {
                            counts[Enum.Parse<RecipientStatus>(reader.GetString(0), ignoreCase: true)] = reader.GetInt32(1);
                        }
                    }

                    return BroadcastSummary.From(counts);
                }
            },
            cancellationToken);

    public Task FinishAsync(string id, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => ExecuteAsync(connection, transaction,
                "UPDATE broadcasts SET finished_at = $at WHERE id = $id AND finished_at IS NULL;", ct, ("$id", id), ("$at", SqliteTime.ToText(clock.GetUtcNow()))),
            cancellationToken);

    /// <summary>
    /// Takes the lease in one immediate transaction: a row update that only matches when the lease is free,
    /// expired or already this holder's, so of two runs racing for it exactly one gets it.
    /// </summary>
    public Task<bool> TryLeaseAsync(string id, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = clock.GetUtcNow();
        return database.WriteAsync(
            async (connection, transaction, ct) => await ExecuteAsync(connection, transaction,
                "UPDATE broadcasts SET lease_holder = $holder, lease_until = $until " +
                "WHERE id = $id AND (lease_holder IS NULL OR lease_holder = $holder OR lease_until IS NULL OR lease_until <= $now);",
                ct, ("$id", id), ("$holder", holder), ("$until", SqliteTime.ToText(now + duration)), ("$now", SqliteTime.ToText(now))).ConfigureAwait(false) == 1,
            cancellationToken);
    }

    public Task ReleaseLeaseAsync(string id, string holder, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => ExecuteAsync(connection, transaction,
                "UPDATE broadcasts SET lease_holder = NULL, lease_until = NULL WHERE id = $id AND lease_holder = $holder;", ct, ("$id", id), ("$holder", holder)),
            cancellationToken);

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        var command = SqliteDatabase.Command(connection, transaction, sql);
        await using (command.ConfigureAwait(false))
        {
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
