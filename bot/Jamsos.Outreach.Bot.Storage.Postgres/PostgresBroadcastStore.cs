using Jamsos.Outreach.Bot.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// Broadcast progress per recipient (broadcasts, broadcast_recipients). Every status change is its own
/// commit, so after a crash the table says exactly who got the message; the lease (holder and expiry on
/// the broadcast's row) keeps two instances from sending the same broadcast at once.
/// </summary>
internal sealed class PostgresBroadcastStore : IBroadcastStore
{
    private readonly PostgresDatabase database;
    private readonly TimeProvider clock;

    public PostgresBroadcastStore(PostgresDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    /// <summary>
    /// Creates the broadcast with its recipients, or finds it (a resume). ON CONFLICT DO NOTHING makes two
    /// instances creating the same id at once safe: the second waits for the first's commit and resumes.
    /// </summary>
    public Task<bool> CreateAsync(string id, string channel, string textSha256, IReadOnlyCollection<string> chatIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatIds);
        var at = PostgresDatabase.Utc(clock.GetUtcNow());
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var created = await PostgresDatabase.ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT INTO broadcasts (id, channel, text_sha256, created_at) VALUES (@id, @channel, @sha, @at) ON CONFLICT (id) DO NOTHING;",
                    ct,
                    ("id", id),
                    ("channel", channel),
                    ("sha", textSha256),
                    ("at", at)).ConfigureAwait(false);
                if (created == 0)
                {
                    var existing = await PostgresDatabase.QueryAsync(connection, transaction, "SELECT text_sha256 FROM broadcasts WHERE id = @id;", r => r.GetString(0), ct, ("id", id)).ConfigureAwait(false);
                    return existing[0] == textSha256
                        ? false
                        : throw new InvalidOperationException($"Broadcast '{id}' was started with a different text; choose another --id.");
                }

                await InsertRecipientsAsync(connection, transaction, id, chatIds, at, ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    public Task<int> SettleInterruptedAsync(string id, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(
                connection,
                transaction,
                "UPDATE broadcast_recipients SET status = 'unknown', updated_at = @at WHERE broadcast_id = @id AND status = 'sending';",
                ct,
                ("id", id),
                ("at", PostgresDatabase.Utc(clock.GetUtcNow()))),
            cancellationToken);

    public Task<IReadOnlyList<string>> PendingAsync(string id, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(
                connection,
                null,
                "SELECT chat_id FROM broadcast_recipients WHERE broadcast_id = @id AND status = 'pending' ORDER BY chat_id COLLATE \"C\";",
                r => r.GetString(0),
                ct,
                ("id", id)),
            cancellationToken);

    public Task SetAsync(string id, string chatId, RecipientStatus status, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(
                connection,
                transaction,
                "UPDATE broadcast_recipients SET status = @status, updated_at = @at WHERE broadcast_id = @id AND chat_id = @chat;",
                ct,
                ("id", id),
                ("chat", chatId),
                ("status", status.ToString().ToLowerInvariant()),
                ("at", PostgresDatabase.Utc(clock.GetUtcNow()))),
            cancellationToken);

    public async Task<BroadcastSummary> SummaryAsync(string id, CancellationToken cancellationToken = default)
    {
        var rows = await database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(
                connection,
                null,
                "SELECT status, COUNT(*)::integer FROM broadcast_recipients WHERE broadcast_id = @id GROUP BY status;",
                r => (Status: Enum.Parse<RecipientStatus>(r.GetString(0), ignoreCase: true), Count: r.GetInt32(1)),
                ct,
                ("id", id)),
            cancellationToken).ConfigureAwait(false);
        return BroadcastSummary.From(rows.ToDictionary(r => r.Status, r => r.Count));
    }

    public Task FinishAsync(string id, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(
                connection,
                transaction,
                "UPDATE broadcasts SET finished_at = @at WHERE id = @id AND finished_at IS NULL;",
                ct,
                ("id", id),
                ("at", PostgresDatabase.Utc(clock.GetUtcNow()))),
            cancellationToken);

    /// <summary>
    /// One conditional UPDATE: the row lock orders two instances racing for the lease, and the second
    /// re-checks the condition against the first's committed row (read committed), so exactly one wins.
    /// Expiry is judged by this process's clock (instances are expected to keep NTP time).
    /// </summary>
    public async Task<bool> TryLeaseAsync(string id, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = PostgresDatabase.Utc(clock.GetUtcNow());
        return await database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(
                connection,
                transaction,
                "UPDATE broadcasts SET lease_holder = @holder, lease_until = @until " +
                "WHERE id = @id AND (lease_holder IS NULL OR lease_holder = @holder OR lease_until IS NULL OR lease_until <= @now);",
                ct,
                ("id", id),
                ("holder", holder),
                ("until", now + duration),
                ("now", now)),
            cancellationToken).ConfigureAwait(false) == 1;
    }

    public Task ReleaseLeaseAsync(string id, string holder, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(
                connection,
                transaction,
                "UPDATE broadcasts SET lease_holder = NULL, lease_until = NULL WHERE id = @id AND lease_holder = @holder;",
                ct,
                ("id", id),
                ("holder", holder)),
            cancellationToken);

    private static async Task InsertRecipientsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, IReadOnlyCollection<string> chatIds, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var insert = new NpgsqlCommand(
            "INSERT INTO broadcast_recipients (broadcast_id, chat_id, status, updated_at) SELECT @id, c, 'pending', @at FROM unnest(@chats) AS t (c) ON CONFLICT DO NOTHING;",
            connection,
            transaction);
        await using (insert.ConfigureAwait(false))
        {
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("at", at);
            insert.Parameters.Add(new NpgsqlParameter<string[]>("chats", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. chatIds] });
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
