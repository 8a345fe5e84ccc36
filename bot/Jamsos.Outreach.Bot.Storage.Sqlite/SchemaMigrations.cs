namespace Jamsos.Outreach.Bot.Storage.Sqlite;

/// <summary>
/// The schema as an append-only list: script N brings the database to version N (1-based). Never edit
/// a script that has shipped; add the next one. <see cref="SqliteDatabase"/> runs each missing script
/// in its own transaction together with its schema_version row, so a crash leaves either the old or
/// the new version, never half of one.
/// </summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: the first schema. Times are ISO-8601 UTC text (SqliteTime); phone is E.164 and the key:
        // the same number again updates the record.
        """
        CREATE TABLE signups (
            phone TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            region TEXT NOT NULL,
            occupation TEXT NOT NULL,
            contact_method TEXT NOT NULL,
            news_opt_in INTEGER NOT NULL CHECK (news_opt_in IN (0, 1)),
            consent_version TEXT NOT NULL,
            consent_at TEXT NOT NULL,
            channel TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            referrer TEXT,
            language TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX ix_signups_channel_user ON signups (channel, user_id);
        CREATE INDEX ix_signups_updated_at ON signups (updated_at);
        CREATE INDEX ix_signups_region ON signups (region);

        CREATE TABLE conversations (
            channel TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            state_json TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (channel, chat_id)
        );
        CREATE INDEX ix_conversations_channel_user ON conversations (channel, user_id);
        CREATE INDEX ix_conversations_updated_at ON conversations (updated_at);

        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            entry_id TEXT NOT NULL,
            intent TEXT NOT NULL,
            helpful INTEGER NOT NULL CHECK (helpful IN (0, 1)),
            channel TEXT NOT NULL,
            language TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX ix_feedback_at ON feedback (at);

        CREATE TABLE unanswered (
            id INTEGER PRIMARY KEY,
            question TEXT NOT NULL,
            intent TEXT NOT NULL,
            confidence REAL NOT NULL,
            language TEXT NOT NULL,
            channel TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX ix_unanswered_at ON unanswered (at);

        CREATE TABLE processed_updates (
            channel TEXT NOT NULL,
            update_id TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (channel, update_id)
        );
        CREATE INDEX ix_processed_updates_at ON processed_updates (at);
        """,

        // 2: chat reachability and broadcast progress (the Telegram channel). Chat ids only, no names
        // or numbers. chat_status: 'blocked' after a 403 or a "kicked" membership update, 'migrated'
        // (with moved_to) when a group became a supergroup. broadcast_recipients holds one row per
        // recipient and broadcast; 'sending' is written (committed) before the message goes out, so a
        // crash mid-send leaves a row that the resumed broadcast reports as 'unknown' and never resends.
        """
        CREATE TABLE chat_status (
            channel TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('active', 'blocked', 'migrated')),
            moved_to TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (channel, chat_id)
        );

        CREATE TABLE broadcasts (
            id TEXT NOT NULL PRIMARY KEY,
            channel TEXT NOT NULL,
            text_sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            finished_at TEXT
        );

        CREATE TABLE broadcast_recipients (
            broadcast_id TEXT NOT NULL REFERENCES broadcasts (id),
            chat_id TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'blocked', 'unknown')),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (broadcast_id, chat_id)
        );
        CREATE INDEX ix_broadcast_recipients_status ON broadcast_recipients (broadcast_id, status);
        """,

        // 3: several instances (issue 13). conversations.version makes a save a compare-and-set (rows
        // that exist already start at 1); a broadcast's lease (holder and expiry, ISO-8601 UTC text) keeps
        // two runs from sending the same broadcast at once.
        """
        ALTER TABLE conversations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE broadcasts ADD COLUMN lease_holder TEXT;
        ALTER TABLE broadcasts ADD COLUMN lease_until TEXT;
        """,

        // 4, agents (issue 16, the Perisai agent kit): staff-entered agents and their referral codes, which
        // sign-ups carry as their referrer. NOCASE: a code copied from paper in lower case is the same code.
        // unanswered.referrer: the agent's code of the chat a question came from (agent stats), else null.
        // Its own entry so that other branches' migrations merge around it; renumber on merge, never edit.
        """
        CREATE TABLE agents (
            code TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
            name TEXT NOT NULL,
            region TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        ALTER TABLE unanswered ADD COLUMN referrer TEXT;
        """,

        // 5: the secret salt of the person hash (issue 14), made once when Privacy:Salt is not configured.
        // One row at most (id = 1); the first instance to insert it wins, the others read it.
        """
        CREATE TABLE person_hash_salt (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            salt BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        """,

        // 6: a question kept for the editors carries its asker's person hash (issue 14), so /hapus removes
        // it and /datasaya shows it; older questions stay without one (NULL).
        """
        ALTER TABLE unanswered ADD COLUMN person_hash TEXT;
        CREATE INDEX ix_unanswered_person_hash ON unanswered (person_hash);
        """,

        // 7: one feedback vote per person per entry (issue 14): the voter's person hash, unique with the
        // entry, so a second press updates the vote. Older votes have no hash (NULL never conflicts).
        """
        ALTER TABLE feedback ADD COLUMN person_hash TEXT;
        CREATE UNIQUE INDEX ux_feedback_entry_person ON feedback (entry_id, person_hash);
        CREATE INDEX ix_feedback_person_hash ON feedback (person_hash);
        """,

        // 8: payment reminders (issue 16, point 1): one per chat, only what sending it needs (no NIK, name or
        // phone): the chosen day, sector, the income band's lower bound, language, consent (version, time), the
        // next pay date and its send time (ISO-8601 UTC text, so due ones are an index range), the count of
        // reminders without a "Sudah bayar" press and of lapse warnings, and the chat's agent code. The lease
        // row keeps two schedulers on one database from sending at once. Its own entry; renumber on merge, never edit.
        """
        CREATE TABLE reminders (
            channel TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 28),
            sector TEXT NOT NULL,
            income_from INTEGER NOT NULL,
            language TEXT NOT NULL,
            consent_version TEXT NOT NULL,
            consent_at TEXT NOT NULL,
            next_pay_date TEXT NOT NULL,
            next_send_at TEXT NOT NULL,
            unconfirmed INTEGER NOT NULL DEFAULT 0,
            lapse_warnings INTEGER NOT NULL DEFAULT 0,
            referrer TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (channel, chat_id)
        );
        CREATE INDEX ix_reminders_due ON reminders (next_send_at);
        CREATE INDEX ix_reminders_user ON reminders (channel, user_id);
        CREATE TABLE reminder_lease (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            holder TEXT,
            lease_until TEXT
        );
        """,
    ];
}
