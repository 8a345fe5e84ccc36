using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>Sign-ups in the signups table, keyed by E.164 phone. Every value is a parameter: names are stored exactly as typed.</summary>
internal sealed class SqliteSignUpStore : ISignUpStore
{
    private const string Columns =
        "phone, name, region, occupation, contact_method, news_opt_in, consent_version, consent_at, channel, chat_id, user_id, referrer, language, created_at, updated_at";

    // The first sign-up time is kept: the earlier of both, should two writers (a second process) store the
    // same phone out of order. Fixed-width UTC text compares in time order.
    private const string UpsertSql =
        "INSERT INTO signups (" + Columns + ") VALUES ($phone, $name, $region, $occupation, $contact_method, $news_opt_in, $consent_version, $consent_at, $channel, $chat_id, $user_id, $referrer, $language, $created_at, $updated_at) " +
        "ON CONFLICT (phone) DO UPDATE SET name = excluded.name, region = excluded.region, occupation = excluded.occupation, " +
        "contact_method = excluded.contact_method, news_opt_in = excluded.news_opt_in, consent_version = excluded.consent_version, " +
        "consent_at = excluded.consent_at, channel = excluded.channel, chat_id = excluded.chat_id, user_id = excluded.user_id, " +
        "referrer = excluded.referrer, language = excluded.language, updated_at = excluded.updated_at, " +
        "created_at = MIN(signups.created_at, excluded.created_at);";

    private const string Table = "signups";

    private readonly SqliteDatabase database;

    public SqliteSignUpStore(SqliteDatabase database)
    {
        this.database = database;
    }

    public Task<bool> UpsertAsync(SignUp signUp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                // The existence check and the upsert share one immediate transaction, so "was it new" is
                // exact even with concurrent sign-ups for the same number from another process.
                bool existed;
                var exists = SqliteDatabase.Command(connection, transaction, "SELECT EXISTS (SELECT 1 FROM signups WHERE phone = $phone);");
                await using (exists.ConfigureAwait(false))
                {
                    exists.Parameters.AddWithValue("$phone", signUp.Phone);
                    existed = Convert.ToInt64(await exists.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) != 0;
                }

                var upsert = SqliteDatabase.Command(connection, transaction, UpsertSql);
                await using (upsert.ConfigureAwait(false))
                {
                    Bind(upsert, signUp);
                    await upsert.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
                }

                return !existed;
            },
            cancellationToken);
    }

    public async Task<SignUp?> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var found = await QueryAsync("SELECT " + Columns + " FROM signups WHERE phone = $phone;", c => c.Parameters.AddWithValue("$phone", phone), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        return database.WriteAsync((connection, transaction, ct) => DeleteByUserAsync(connection, transaction, channel, userId, ct), cancellationToken);
    }

    /// <summary>The delete of <see cref="DeleteByUserAsync(string, string, CancellationToken)"/> inside a caller's transaction (the /hapus erase).</summary>
    internal static async Task<int> DeleteByUserAsync(SqliteConnection connection, SqliteTransaction transaction, string channel, string userId, CancellationToken cancellationToken)
    {
        var delete = SqliteDatabase.Command(connection, transaction, "DELETE FROM signups WHERE channel = $channel AND user_id = $user_id;");
        await using (delete.ConfigureAwait(false))
        {
            delete.Parameters.AddWithValue("$channel", channel);
            delete.Parameters.AddWithValue("$user_id", userId);
            return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every sign-up made from this channel user, oldest first (/datasaya).</summary>
    internal static async Task<IReadOnlyList<SignUp>> ListByUserAsync(SqliteConnection connection, string channel, string userId, CancellationToken cancellationToken)
    {
        var command = SqliteDatabase.Command(connection, null, "SELECT " + Columns + " FROM signups WHERE channel = $channel AND user_id = $user_id ORDER BY created_at, phone;");
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$user_id", userId);
            return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<IReadOnlyList<SignUp>> ListAsync(DateTimeOffset? since = null, string? region = null, CancellationToken cancellationToken = default)
    {
        // Only fixed fragments are concatenated (so each filter can use its index); values stay parameters.
        var where = (since, region) switch
        {
            (null, null) => string.Empty,
            (not null, null) => " WHERE updated_at >= $since",
            (null, not null) => " WHERE region = $region",
            _ => " WHERE updated_at >= $since AND region = $region",
        };
        return QueryAsync(
            "SELECT " + Columns + " FROM signups" + where + " ORDER BY updated_at, phone;",
            command =>
            {
                if (since is { } from)
                {
                    command.Parameters.AddWithValue("$since", SqliteTime.ToText(from));
                }

                if (region is not null)
                {
                    command.Parameters.AddWithValue("$region", region);
                }
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<SignUp>> ListNewsSubscribersAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + Columns + " FROM signups WHERE news_opt_in = 1 ORDER BY updated_at, phone;", _ => { }, cancellationToken);

    private static void Bind(SqliteCommand command, SignUp signUp)
    {
        var p = command.Parameters;
        p.AddWithValue("$phone", signUp.Phone);
        p.AddWithValue("$name", signUp.Name);
        p.AddWithValue("$region", signUp.Region);
        p.AddWithValue("$occupation", signUp.Occupation);
        p.AddWithValue("$contact_method", signUp.ContactMethod.ToString());
        p.AddWithValue("$news_opt_in", signUp.NewsOptIn ? 1 : 0);
        p.AddWithValue("$consent_version", signUp.ConsentVersion);
        p.AddWithValue("$consent_at", SqliteTime.ToText(signUp.ConsentAt));
        p.AddWithValue("$channel", signUp.Channel);
        p.AddWithValue("$chat_id", signUp.ChatId);
        p.AddWithValue("$user_id", signUp.UserId);
        p.AddWithValue("$referrer", (object?)signUp.Referrer ?? DBNull.Value);
        p.AddWithValue("$language", signUp.Language);
        p.AddWithValue("$created_at", SqliteTime.ToText(signUp.CreatedAt));
        p.AddWithValue("$updated_at", SqliteTime.ToText(signUp.UpdatedAt));
    }

    private static SignUp Read(SqliteDataReader row)
    {
        // A row the bot cannot read is reported, never skipped: a silently missing sign-up is a lost person.
        if (!Enum.TryParse<ContactMethod>(row.GetString(4), ignoreCase: false, out var contact) || !Enum.IsDefined(contact))
        {
            throw new StorageException("A row in signups has an unknown contact_method; the database was written by a newer bot or edited by hand.");
        }

        return new SignUp(
            Phone: row.GetString(0),
            Name: row.GetString(1),
            Region: row.GetString(2),
            Occupation: row.GetString(3),
            ContactMethod: contact,
            NewsOptIn: row.GetInt64(5) != 0,
            ConsentVersion: row.GetString(6),
            ConsentAt: SqliteTime.Parse(row.GetString(7), Table, "consent_at"),
            Channel: row.GetString(8),
            ChatId: row.GetString(9),
            UserId: row.GetString(10),
            Referrer: row.IsDBNull(11) ? null : row.GetString(11),
            Language: row.GetString(12),
            CreatedAt: SqliteTime.Parse(row.GetString(13), Table, "created_at"),
            UpdatedAt: SqliteTime.Parse(row.GetString(14), Table, "updated_at"));
    }

    private Task<IReadOnlyList<SignUp>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<SignUp>>(
            async (connection, ct) =>
            {
                var command = SqliteDatabase.Command(connection, null, sql);
                await using (command.ConfigureAwait(false))
                {
                    bind(command);
                    return await ReadAllAsync(command, ct).ConfigureAwait(false);
                }
            },
            cancellationToken);

    private static async Task<IReadOnlyList<SignUp>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var list = new List<SignUp>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                list.Add(Read(reader));
            }

            return list;
        }
    }
}
