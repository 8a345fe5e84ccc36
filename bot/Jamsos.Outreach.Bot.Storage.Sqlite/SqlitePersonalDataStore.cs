using Jamsos.Outreach.Bot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// A person's data read together (/datasaya), and the /hapus erase: their sign-ups, chat states, payment
/// reminders, kept questions, feedback votes and their private chat's status and broadcast rows in one durable transaction, then a WAL checkpoint, so no copy of the
/// deleted rows stays in the file or its WAL (secure_delete is on for every connection, see
/// <see cref="SqliteDatabase"/>).
/// </summary>
internal sealed class SqlitePersonalDataStore : IPersonalDataStore
{
    private static readonly string[] ForgetPrivateChatSql =
    [
        "DELETE FROM chat_status WHERE channel = $channel AND chat_id = $chat_id;",
        "DELETE FROM broadcast_recipients WHERE chat_id = $chat_id AND broadcast_id IN (SELECT id FROM broadcasts WHERE channel = $channel);",
    ];

    private readonly SqliteDatabase database;

    public SqlitePersonalDataStore(SqliteDatabase database)
    {
        this.database = database;
    }

    public async Task<PersonalDataDeletion> DeletePersonAsync(string channel, string userId, string personHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(personHash);
        var deleted = await database.WriteAsync(
            async (connection, transaction, ct) =>
            {
                var deletion = new PersonalDataDeletion(
                    await SqliteSignUpStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false),
                    await SqliteConversationStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false),
                    await SqliteUnansweredStore.DeleteByPersonAsync(connection, transaction, personHash, ct).ConfigureAwait(false),
                    await SqliteFeedbackStore.DeleteByPersonAsync(connection, transaction, personHash, ct).ConfigureAwait(false),
                    await SqliteReminderStore.DeleteByUserAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false));
                await ForgetPrivateChatAsync(connection, transaction, channel, userId, ct).ConfigureAwait(false);
                return deletion;
            },
            cancellationToken).ConfigureAwait(false);

        // secure_delete zeroed the rows in the new pages; the WAL still holds the old ones until a checkpoint.
        await database.TruncateWalAsync(cancellationToken).ConfigureAwait(false);
        return deleted;
    }

    /// <summary>
    /// A private chat's id is its person's user id (Telegram): its reachability row and its rows in past
    /// broadcasts name the person too, so they go with the rest. A group's rows are keyed by the group's id and stay.
    /// </summary>
    private static async Task ForgetPrivateChatAsync(SqliteConnection connection, SqliteTransaction transaction, string channel, string userId, CancellationToken cancellationToken)
    {
        foreach (var sql in ForgetPrivateChatSql)
        {
            var command = SqliteDatabase.Command(connection, transaction, sql);
            await using (command.ConfigureAwait(false))
            {
                command.Parameters.AddWithValue("$channel", channel);
                command.Parameters.AddWithValue("$chat_id", userId);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task<PersonalDataReport> ReadPersonAsync(string channel, string userId, string personHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(userId);
        ArgumentNullException.ThrowIfNull(personHash);
        return database.ReadAsync(
            async (connection, ct) => new PersonalDataReport(
                await SqliteSignUpStore.ListByUserAsync(connection, channel, userId, ct).ConfigureAwait(false),
                await SqliteFeedbackStore.CountByPersonAsync(connection, personHash, ct).ConfigureAwait(false),
                await SqliteUnansweredStore.ListByPersonAsync(connection, personHash, ct).ConfigureAwait(false),
                await SqliteReminderStore.ListByUserAsync(connection, channel, userId, ct).ConfigureAwait(false)),
            cancellationToken);
    }
}
