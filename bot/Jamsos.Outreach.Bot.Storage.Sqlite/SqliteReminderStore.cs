using System.Globalization;
using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Bot.Core.Reminders;
using Jamsos.Outreach.Bot.Core.Storage;
using Jamsos.Outreach.Knowledge.Rules;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// Payment reminders (reminders, reminder_lease; schema migration 8). Claims are compare-and-set updates
/// on the pay date, committed durably before the caller sends.
/// </summary>
internal sealed class SqliteReminderStore : IReminderStore
{
    private const string Columns =
        "channel, chat_id, user_id, day, sector, income_from, language, consent_version, consent_at, next_pay_date, next_send_at, unconfirmed, lapse_warnings, referrer, created_at, updated_at";

    private readonly SqliteDatabase database;
    private readonly TimeProvider clock;

    public SqliteReminderStore(SqliteDatabase database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
    }

    public Task UpsertAsync(PaymentReminder reminder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return database.WriteAsync(
            (connection, transaction, ct) => ExecuteAsync(connection, transaction,
                "INSERT INTO reminders (" + Columns + ") VALUES ($channel, $chat, $user, $day, $sector, $income, $language, $cv, $ca, $pay, $send, $unconfirmed, $warnings, $referrer, $created, $updated) " +
                "ON CONFLICT (channel, chat_id) DO UPDATE SET user_id = excluded.user_id, day = excluded.day, sector = excluded.sector, income_from = excluded.income_from, " +
                "language = excluded.language, consent_version = excluded.consent_version, consent_at = excluded.consent_at, next_pay_date = excluded.next_pay_date, " +
                "next_send_at = excluded.next_send_at, unconfirmed = excluded.unconfirmed, lapse_warnings = excluded.lapse_warnings, referrer = excluded.referrer, updated_at = excluded.updated_at;",
                ct,
                ("$channel", reminder.Chat.Channel), ("$chat", reminder.Chat.ChatId), ("$user", reminder.UserId), ("$day", reminder.Day),
                ("$sector", SectorText(reminder.Sector)), ("$income", (long)reminder.IncomeFrom), ("$language", reminder.Language),
                ("$cv", reminder.ConsentVersion), ("$ca", SqliteTime.ToText(reminder.ConsentAt)), ("$pay", DateText(reminder.NextPayDate)),
                ("$send", SqliteTime.ToText(reminder.NextSendAt)), ("$unconfirmed", reminder.Unconfirmed), ("$warnings", reminder.LapseWarnings),
                ("$referrer", (object?)reminder.Referrer ?? DBNull.Value), ("$created", SqliteTime.ToText(reminder.CreatedAt)), ("$updated", SqliteTime.ToText(reminder.UpdatedAt))),
            cancellationToken);
    }

    public async Task<PaymentReminder?> GetAsync(ChatKey chat, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync("SELECT " + Columns + " FROM reminders WHERE channel = $channel AND chat_id = $chat;", cancellationToken,
            ("$channel", chat.Channel), ("$chat", chat.ChatId)).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<bool> DeleteAsync(ChatKey chat, CancellationToken cancellationToken = default) =>
        await database.WriteAsync(
            (connection, transaction, ct) => ExecuteAsync(connection, transaction, "DELETE FROM reminders WHERE channel = $channel AND chat_id = $chat;", ct,
                ("$channel", chat.Channel), ("$chat", chat.ChatId)),
            cancellationToken).ConfigureAwait(false) == 1;

    public Task<IReadOnlyList<PaymentReminder>> DueAsync(DateTimeOffset now, IReadOnlyCollection<string> channels, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channels);
        if (channels.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<PaymentReminder>>([]);
        }

        // Only fixed fragments ($c0, $c1, …) are concatenated; the channel names stay parameters.
        var names = channels.Select((_, i) => "$c" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var parameters = channels.Select((c, i) => (names[i], (object?)c))
            .Append(("$now", SqliteTime.ToText(now))).Append(("$limit", limit)).ToArray();
        return QueryAsync(
            "SELECT " + Columns + " FROM reminders WHERE next_send_at <= $now AND channel IN (" + string.Join(", ", names) + ") ORDER BY next_send_at, channel, chat_id LIMIT $limit;",
            cancellationToken, parameters);
    }

    public async Task<bool> TryClaimAsync(ChatKey chat, DateOnly payDate, DateOnly nextPayDate, DateTimeOffset nextSendAt, bool counted, bool lapseWarning, CancellationToken cancellationToken = default) =>
        await database.WriteAsync(
            (connection, transaction, ct) => ExecuteAsync(connection, transaction,
                "UPDATE reminders SET next_pay_date = $next, next_send_at = $send, unconfirmed = unconfirmed + $count, lapse_warnings = lapse_warnings + $warn, updated_at = $at " +
                "WHERE channel = $channel AND chat_id = $chat AND next_pay_date = $pay;",
                ct, ("$channel", chat.Channel), ("$chat", chat.ChatId), ("$pay", DateText(payDate)), ("$next", DateText(nextPayDate)),
                ("$send", SqliteTime.ToText(nextSendAt)), ("$count", counted ? 1 : 0), ("$warn", lapseWarning ? 1 : 0), ("$at", SqliteTime.ToText(clock.GetUtcNow()))),
            cancellationToken).ConfigureAwait(false) == 1;

    public async Task<bool> MarkPaidAsync(ChatKey chat, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await database.WriteAsync(
            (connection, transaction, ct) => ExecuteAsync(connection, transaction,
                "UPDATE reminders SET unconfirmed = 0, updated_at = $at WHERE channel = $channel AND chat_id = $chat;",
                ct, ("$channel", chat.Channel), ("$chat", chat.ChatId), ("$at", SqliteTime.ToText(now))),
            cancellationToken).ConfigureAwait(false) == 1;

    public async Task<bool> ChangeDayAsync(ChatKey chat, int day, DateOnly nextPayDate, DateTimeOffset nextSendAt, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await database.WriteAsync(
            (connection, transaction, ct) => ExecuteAsync(connection, transaction,
                "UPDATE reminders SET day = $day, next_pay_date = $next, next_send_at = $send, updated_at = $at WHERE channel = $channel AND chat_id = $chat;",
                ct, ("$channel", chat.Channel), ("$chat", chat.ChatId), ("$day", day), ("$next", DateText(nextPayDate)),
                ("$send", SqliteTime.ToText(nextSendAt)), ("$at", SqliteTime.ToText(now))),
            cancellationToken).ConfigureAwait(false) == 1;

    public Task<ReminderCounts> CountsAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async (connection, ct) =>
            {
                var command = SqliteDatabase.Command(connection, null, "SELECT referrer, COUNT(*), SUM(lapse_warnings) FROM reminders GROUP BY referrer;");
                await using (command.ConfigureAwait(false))
                {
                    var rows = new List<(string? Referrer, int Active, int Warnings)>();
                    var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(ct).ConfigureAwait(false))
                        {
                            rows.Add((reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
                        }
                    }

                    return ReminderCountsBuilder.From(rows);
                }
            },
            cancellationToken);

    /// <summary>Takes the lease in one immediate transaction: the update only matches a free, expired or own lease.</summary>
    public async Task<bool> TryLeaseAsync(string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = clock.GetUtcNow();
        return await database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                await ExecuteAsync(connection, transaction, "INSERT OR IGNORE INTO reminder_lease (id) VALUES (1);", ct).ConfigureAwait(false);
                return await ExecuteAsync(connection, transaction,
                    "UPDATE reminder_lease SET holder = $holder, lease_until = $until WHERE id = 1 AND (holder IS NULL OR holder = $holder OR lease_until IS NULL OR lease_until <= $now);",
                    ct, ("$holder", holder), ("$until", SqliteTime.ToText(now + duration)), ("$now", SqliteTime.ToText(now))).ConfigureAwait(false) == 1;
            },
            durable: false,
            cancellationToken).ConfigureAwait(false);
    }

    public Task ReleaseLeaseAsync(string holder, CancellationToken cancellationToken = default) =>
        database.WriteAsync(
            (connection, transaction, ct) => ExecuteAsync(connection, transaction,
                "UPDATE reminder_lease SET holder = NULL, lease_until = NULL WHERE id = 1 AND holder = $holder;", ct, ("$holder", holder)),
            durable: false,
            cancellationToken);

    /// <summary>The /hapus delete inside the caller's transaction.</summary>
    internal static Task<int> DeleteByUserAsync(SqliteConnection connection, SqliteTransaction transaction, string channel, string userId, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, "DELETE FROM reminders WHERE channel = $channel AND user_id = $user;", cancellationToken, ("$channel", channel), ("$user", userId));

    /// <summary>The person's reminders (/datasaya).</summary>
    internal static async Task<IReadOnlyList<PaymentReminder>> ListByUserAsync(SqliteConnection connection, string channel, string userId, CancellationToken cancellationToken)
    {
        var command = SqliteDatabase.Command(connection, null, "SELECT " + Columns + " FROM reminders WHERE channel = $channel AND user_id = $user ORDER BY chat_id;");
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$user", userId);
            return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<IReadOnlyList<PaymentReminder>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        database.ReadAsync(
            async (connection, ct) =>
            {
                var command = SqliteDatabase.Command(connection, null, sql);
                await using (command.ConfigureAwait(false))
                {
                    foreach (var (name, value) in parameters)
                    {
                        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
                    }

                    return await ReadAllAsync(command, ct).ConfigureAwait(false);
                }
            },
            cancellationToken);

    private static async Task<IReadOnlyList<PaymentReminder>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<PaymentReminder>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new PaymentReminder(
                    new ChatKey(reader.GetString(0), reader.GetString(1)), reader.GetString(2), reader.GetInt32(3), ParseSector(reader.GetString(4)),
                    reader.GetInt64(5), reader.GetString(6), reader.GetString(7), SqliteTime.Parse(reader.GetString(8), "reminders", "consent_at"),
                    DateOnly.ParseExact(reader.GetString(9), "yyyy-MM-dd", CultureInfo.InvariantCulture), SqliteTime.Parse(reader.GetString(10), "reminders", "next_send_at"),
                    reader.GetInt32(11), reader.GetInt32(12), reader.IsDBNull(13) ? null : reader.GetString(13),
                    SqliteTime.Parse(reader.GetString(14), "reminders", "created_at"), SqliteTime.Parse(reader.GetString(15), "reminders", "updated_at")));
            }
        }

        return rows;
    }

    private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = SqliteDatabase.Command(connection, transaction, sql);
        await using (command.ConfigureAwait(false))
        {
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string SectorText(Sector sector) => sector == Sector.Transport ? "transport" : "other";

    private static Sector ParseSector(string text) => text == "transport" ? Sector.Transport : Sector.Other;
}
