using Jamsos.Outreach.Bot.Core.SignUps;
using Jamsos.Outreach.Bot.Core.Storage;
using Npgsql;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>Sign-ups in the signups table, keyed by E.164 phone; every value a parameter.</summary>
internal sealed class PostgresSignUpStore : ISignUpStore
{
    private const string Columns =
        "phone, name, region, occupation, contact_method, news_opt_in, consent_version, consent_at, channel, chat_id, user_id, referrer, language, created_at, updated_at";

    /// <summary>
    /// One statement, so it is atomic against every instance: the first creation time is kept (the
    /// earlier of both, should two instances write the same phone out of order), the rest, the consent
    /// record included, is the one given with this data. (xmax = 0) is true only for a row this statement
    /// inserted, which makes "was it new" exact without a second query.
    /// </summary>
    private const string UpsertSql =
        "INSERT INTO signups (" + Columns + ") VALUES (@phone, @name, @region, @occupation, @contact_method, @news_opt_in, @consent_version, @consent_at, @channel, @chat_id, @user_id, @referrer, @language, @created_at, @updated_at) " +
        "ON CONFLICT (phone) DO UPDATE SET name = excluded.name, region = excluded.region, occupation = excluded.occupation, " +
        "contact_method = excluded.contact_method, news_opt_in = excluded.news_opt_in, consent_version = excluded.consent_version, " +
        "consent_at = excluded.consent_at, channel = excluded.channel, chat_id = excluded.chat_id, user_id = excluded.user_id, " +
        "referrer = excluded.referrer, language = excluded.language, updated_at = excluded.updated_at, " +
        "created_at = LEAST(signups.created_at, excluded.created_at) " +
        "RETURNING (xmax = 0);";

    private readonly PostgresDatabase database;

    public PostgresSignUpStore(PostgresDatabase database)
    {
        this.database = database;
    }

    public Task<bool> UpsertAsync(SignUp signUp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signUp);
        return database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var command = PostgresDatabase.Command(connection, transaction, UpsertSql, Parameters(signUp));
                await using (command.ConfigureAwait(false))
                {
                    return (bool)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
                }
            },
            cancellationToken);
    }

    public async Task<SignUp?> FindByPhoneAsync(string phone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(phone);
        var found = await QueryAsync("SELECT " + Columns + " FROM signups WHERE phone = @phone;", cancellationToken, ("phone", phone)).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<int> DeleteByUserAsync(string channel, string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        return database.WriteAsync((connection, transaction, ct) => DeleteByUserAsync(connection, transaction, channel, userId, ct), cancellationToken);
    }

    /// <summary>The delete inside a caller's transaction (the /hapus erase).</summary>
    internal static Task<int> DeleteByUserAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string channel, string userId, CancellationToken cancellationToken) =>
        PostgresDatabase.ExecuteAsync(connection, transaction, "DELETE FROM signups WHERE channel = @channel AND user_id = @user_id;", cancellationToken, ("channel", channel), ("user_id", userId));

    /// <summary>Every sign-up made from this channel user, oldest first (/datasaya).</summary>
    internal static Task<IReadOnlyList<SignUp>> ListByUserAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string channel, string userId, CancellationToken cancellationToken) =>
        PostgresDatabase.QueryAsync(
            connection,
            transaction,
            "SELECT " + Columns + " FROM signups WHERE channel = @channel AND user_id = @user_id ORDER BY created_at, phone;",
            Read,
            cancellationToken,
            ("channel", channel),
            ("user_id", userId));

    public Task<IReadOnlyList<SignUp>> ListAsync(DateTimeOffset? since = null, string? region = null, CancellationToken cancellationToken = default) =>
        QueryAsync(
            "SELECT " + Columns + " FROM signups WHERE (@since::timestamptz IS NULL OR updated_at >= @since) AND (@region::text IS NULL OR region = @region) ORDER BY updated_at, phone;",
            cancellationToken,
            ("since", since is { } from ? PostgresDatabase.Utc(from) : null),
            ("region", region));

    public Task<IReadOnlyList<SignUp>> ListNewsSubscribersAsync(CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT " + Columns + " FROM signups WHERE news_opt_in ORDER BY updated_at, phone;", cancellationToken);

    private static (string, object?)[] Parameters(SignUp s) =>
    [
        ("phone", s.Phone), ("name", s.Name), ("region", s.Region), ("occupation", s.Occupation),
        ("contact_method", s.ContactMethod.ToString()), ("news_opt_in", s.NewsOptIn), ("consent_version", s.ConsentVersion),
        ("consent_at", PostgresDatabase.Utc(s.ConsentAt)), ("channel", s.Channel), ("chat_id", s.ChatId), ("user_id", s.UserId),
        ("referrer", s.Referrer), ("language", s.Language), ("created_at", PostgresDatabase.Utc(s.CreatedAt)), ("updated_at", PostgresDatabase.Utc(s.UpdatedAt)),
    ];

    private static SignUp Read(NpgsqlDataReader row)
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
            NewsOptIn: row.GetBoolean(5),
            ConsentVersion: row.GetString(6),
            ConsentAt: row.GetFieldValue<DateTimeOffset>(7),
            Channel: row.GetString(8),
            ChatId: row.GetString(9),
            UserId: row.GetString(10),
            Referrer: row.IsDBNull(11) ? null : row.GetString(11),
            Language: row.GetString(12),
            CreatedAt: row.GetFieldValue<DateTimeOffset>(13),
            UpdatedAt: row.GetFieldValue<DateTimeOffset>(14));
    }

    private Task<IReadOnlyList<SignUp>> QueryAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        database.ReadAsync((connection, ct) => PostgresDatabase.QueryAsync(connection, null, sql, Read, ct, parameters), cancellationToken);
}
