using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Knowledge.Rules;
using Npgsql;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// Payment reminders shared by every instance: a claim is one compare-and-set UPDATE on the pay date, so of
/// two schedulers racing for one reminder exactly one sends it; the lease row keeps a second one idle.
/// </summary>
internal sealed class PostgresReminderStore : IReminderStore
{
    private const string Columns =
        "channel, chat_id, user_id, day, sector, income_from, language, consent_version, consent_at, next_pay_date, next_send_at, unconfirmed, lapse_warnings, referrer, created_at, updated_at";

    private readonly PostgresDatabase database;
    private readonly TimeProvider clock;

    public PostgresReminderStore(PostgresDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    public Task UpsertAsync(PaymentReminder reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(connection, transaction,
                "INSERT INTO reminders (" + Columns + ") VALUES (@channel, @chat, @user, @day, @sector, @income, @language, @cv, @ca, @pay, @send, @unconfirmed, @warnings, @referrer, @created, @updated) " +
                "ON CONFLICT (channel, chat_id) DO UPDATE SET user_id = excluded.user_id, day = excluded.day, sector = excluded.sector, income_from = excluded.income_from, " +
                "language = excluded.language, consent_version = excluded.consent_version, consent_at = excluded.consent_at, next_pay_date = excluded.next_pay_date, " +
                "next_send_at = excluded.next_send_at, unconfirmed = excluded.unconfirmed, lapse_warnings = excluded.lapse_warnings, referrer = excluded.referrer, updated_at = excluded.updated_at;",
                ct,
                ("channel", reminder.Chat.Channel), ("chat", reminder.Chat.ChatId), ("user", reminder.UserId), ("day", reminder.Day),
                ("sector", SectorText(reminder.Sector)), ("income", (long)reminder.IncomeFrom), ("language", reminder.Language),
                ("cv", reminder.ConsentVersion), ("ca", PostgresDatabase.Utc(reminder.ConsentAt)), ("pay", reminder.NextPayDate),
                ("send", PostgresDatabase.Utc(reminder.NextSendAt)), ("unconfirmed", reminder.Unconfirmed), ("warnings", reminder.LapseWarnings),
                ("referrer", reminder.Referrer), ("created", PostgresDatabase.Utc(reminder.CreatedAt)), ("updated", PostgresDatabase.Utc(reminder.UpdatedAt))),
            cancellationToken);
    }

    public async Task<PaymentReminder?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default)
    {
        var rows = await database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(connection, null, "SELECT " + Columns + " FROM reminders WHERE channel = @channel AND chat_id = @chat;", Read, ct,
                ("channel", chat.Channel), ("chat", chat.ChatId)),
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<bool> DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default) =>
        await database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(connection, transaction, "DELETE FROM reminders WHERE channel = @channel AND chat_id = @chat;", ct,
                ("channel", chat.Channel), ("chat", chat.ChatId)),
            cancellationToken).ConfigureAwait(false) == 1;

    public Task<IReadOnlyList<PaymentReminder>> DueAsync(DateTimeOffset now, IReadOnlyCollection<string> channels, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channels);
        return database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(connection, null,
                "SELECT " + Columns + " FROM reminders WHERE next_send_at <= @now AND channel = ANY(@channels) ORDER BY next_send_at, channel, chat_id LIMIT @limit;",
                Read, ct, ("now", PostgresDatabase.Utc(now)), ("channels", channels.ToArray()), ("limit", limit)),
            cancellationToken);
    }

    public async Task<bool> TryClaimAsync(ChatKey chat, DateOnly payDate, DateOnly nextPayDate, DateTimeOffset nextSendAt, bool counted, bool lapseWarning, CancellationToken cancellationToken = default) =>
        await database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(connection, transaction,
                "UPDATE reminders SET next_pay_date = @next, next_send_at = @send, unconfirmed = unconfirmed + @count, lapse_warnings = lapse_warnings + @warn, updated_at = @at " +
                "WHERE channel = @channel AND chat_id = @chat AND next_pay_date = @pay;",
                ct, ("channel", chat.Channel), ("chat", chat.ChatId), ("pay", payDate), ("next", nextPayDate), ("send", PostgresDatabase.Utc(nextSendAt)),
                ("count", counted ? 1 : 0), ("warn", lapseWarning ? 1 : 0), ("at", PostgresDatabase.Utc(clock.GetUtcNow()))),
            cancellationToken).ConfigureAwait(false) == 1;

    public async Task<bool> MarkPaidAsync(ChatKey chat, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(connection, transaction,
                "UPDATE reminders SET unconfirmed = 0, updated_at = @at WHERE channel = @channel AND chat_id = @chat;",
                ct, ("channel", chat.Channel), ("chat", chat.ChatId), ("at", PostgresDatabase.Utc(now))),
            cancellationToken).ConfigureAwait(false) == 1;

    public async Task<bool> ChangeDayAsync(ChatKey chat, int day, DateOnly nextPayDate, DateTimeOffset nextSendAt, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(connection, transaction,
                "UPDATE reminders SET day = @day, next_pay_date = @next, next_send_at = @send, updated_at = @at WHERE channel = @channel AND chat_id = @chat;",
                ct, ("channel", chat.Channel), ("chat", chat.ChatId), ("day", day), ("next", nextPayDate), ("send", PostgresDatabase.Utc(nextSendAt)), ("at", PostgresDatabase.Utc(now))),
            cancellationToken).ConfigureAwait(false) == 1;

    public async Task<ReminderCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await database.ReadAsync(
            (connection, ct) => PostgresDatabase.QueryAsync(connection, null,
                "SELECT referrer, COUNT(*)::integer, COALESCE(SUM(lapse_warnings), 0)::integer FROM reminders GROUP BY referrer;",
                r => (r.IsDBNull(0) ? null : r.GetString(0), r.GetInt32(1), r.GetInt32(2)), ct),
            cancellationToken).ConfigureAwait(false);
        return ReminderCountsBuilder.From(rows.Select(r => ((string?)r.Item1, r.Item2, r.Item3)));
    }

    /// <summary>One statement: inserts the lease row if missing, or takes it when free, expired or already ours.</summary>
    public async Task<bool> TryLeaseAsync(string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = PostgresDatabase.Utc(clock.GetUtcNow());
        return await database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(connection, transaction,
                "INSERT INTO reminder_lease (id, holder, lease_until) VALUES (1, @holder, @until) " +
                "ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until " +
                "WHERE reminder_lease.holder IS NULL OR reminder_lease.holder = @holder OR reminder_lease.lease_until IS NULL OR reminder_lease.lease_until <= @now;",
                ct, ("holder", holder), ("until", now + duration), ("now", now)),
            cancellationToken).ConfigureAwait(false) == 1;
    }

    public Task ReleaseLeaseAsync(string holder, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => PostgresDatabase.ExecuteAsync(connection, transaction,
                "UPDATE reminder_lease SET holder = NULL, lease_until = NULL WHERE id = 1 AND holder = @holder;", ct, ("holder", holder)),
            cancellationToken);

    /// <summary>The /hapus delete inside the caller's transaction.</summary>
    internal static Task<int> DeleteByUserAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string channel, string userId, CancellationToken cancellationToken) =>
        PostgresDatabase.ExecuteAsync(connection, transaction, "DELETE FROM reminders WHERE channel = @channel AND user_id = @user;", cancellationToken, ("channel", channel), ("user", userId));

    /// <summary>The person's reminders (/datasaya).</summary>
    internal static Task<IReadOnlyList<PaymentReminder>> ListByUserAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string channel, string userId, CancellationToken cancellationToken) =>
        PostgresDatabase.QueryAsync(connection, transaction, "SELECT " + Columns + " FROM reminders WHERE channel = @channel AND user_id = @user ORDER BY chat_id;", Read, cancellationToken,
            ("channel", channel), ("user", userId));

    private static PaymentReminder Read(NpgsqlDataReader r) => new(
        new ChatKey(r.GetString(0), r.GetString(1)), r.GetString(2), r.GetInt32(3), r.GetString(4) == "transport" ? Sector.Transport : Sector.Other,
        r.GetInt64(5), r.GetString(6), r.GetString(7), r.GetFieldValue<DateTimeOffset>(8), r.GetFieldValue<DateOnly>(9), r.GetFieldValue<DateTimeOffset>(10),
        r.GetInt32(11), r.GetInt32(12), r.IsDBNull(13) ? null : r.GetString(13), r.GetFieldValue<DateTimeOffset>(14), r.GetFieldValue<DateTimeOffset>(15));

    private static string SectorText(Sector sector) => sector == Sector.Transport ? "transport" : "other";
}
