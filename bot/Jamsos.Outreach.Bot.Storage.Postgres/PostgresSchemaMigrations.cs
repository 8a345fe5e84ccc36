namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema as an append-only list: script N brings the database to version N (1-based).
/// Never edit a script that has shipped; add the next one. The tables mirror SQLite's (same names, same
/// meaning) with native types: timestamptz for times, boolean, bigint chat ids.
/// </summary>
internal static class PostgresSchemaMigrations
{
    public static IReadOnlyList<string> All { get; } =
    [
        // 1: everything SQLite has after its migration 3, plus the Discord command hashes that a single
        // instance keeps in files: several instances must agree on what was registered.
        """
        CREATE TABLE signups (
            phone text NOT NULL PRIMARY KEY,
            name text NOT NULL,
            region text NOT NULL,
            occupation text NOT NULL,
            contact_method text NOT NULL,
            news_opt_in boolean NOT NULL,
            consent_version text NOT NULL,
            consent_at timestamptz NOT NULL,
            channel text NOT NULL,
            chat_id text NOT NULL,
            user_id text NOT NULL,
            referrer text,
            language text NOT NULL,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE INDEX ix_signups_channel_user ON signups (channel, user_id);
        CREATE INDEX ix_signups_updated_at ON signups (updated_at);
        CREATE INDEX ix_signups_region ON signups (region);

        CREATE TABLE conversations (
            channel text NOT NULL,
            chat_id text NOT NULL,
            user_id text NOT NULL,
            state_json text NOT NULL,
            updated_at timestamptz NOT NULL,
            version bigint NOT NULL DEFAULT 1,
            PRIMARY KEY (channel, chat_id)
        );
        CREATE INDEX ix_conversations_channel_user ON conversations (channel, user_id);
        CREATE INDEX ix_conversations_updated_at ON conversations (updated_at);

        CREATE TABLE feedback (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            entry_id text NOT NULL,
            intent text NOT NULL,
            helpful boolean NOT NULL,
            channel text NOT NULL,
            language text NOT NULL,
            at timestamptz NOT NULL
        );
        CREATE INDEX ix_feedback_at ON feedback (at);

        CREATE TABLE unanswered (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            question text NOT NULL,
            intent text NOT NULL,
            confidence double precision NOT NULL,
            language text NOT NULL,
            channel text NOT NULL,
            at timestamptz NOT NULL
        );
        CREATE INDEX ix_unanswered_at ON unanswered (at);

        CREATE TABLE processed_updates (
            channel text NOT NULL,
            update_id text NOT NULL,
            at timestamptz NOT NULL,
            PRIMARY KEY (channel, update_id)
        );
        CREATE INDEX ix_processed_updates_at ON processed_updates (at);

        CREATE TABLE chat_status (
            channel text NOT NULL,
            chat_id bigint NOT NULL,
            status text NOT NULL CHECK (status IN ('active', 'blocked', 'migrated')),
            moved_to bigint,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (channel, chat_id)
        );

        CREATE TABLE broadcasts (
            id text NOT NULL PRIMARY KEY,
            channel text NOT NULL,
            text_sha256 text NOT NULL,
            created_at timestamptz NOT NULL,
            finished_at timestamptz,
            lease_holder text,
            lease_until timestamptz
        );

        CREATE TABLE broadcast_recipients (
            broadcast_id text NOT NULL REFERENCES broadcasts (id),
            chat_id text NOT NULL,
            status text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'blocked', 'unknown')),
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (broadcast_id, chat_id)
        );
        CREATE INDEX ix_broadcast_recipients_status ON broadcast_recipients (broadcast_id, status);

        CREATE TABLE command_hashes (
            scope text NOT NULL PRIMARY KEY,
            hash text NOT NULL,
            updated_at timestamptz NOT NULL
        );
        """,

        // 2, agents (issue 16, the Perisai agent kit), as SQLite's agents table: codes unique ignoring case
        // (the upper() index; lookups use the same expression); unanswered.referrer as SQLite's. Its own entry so that other branches'
        // migrations merge around it; renumber on merge, never edit.
        """
        CREATE TABLE agents (
            code text NOT NULL,
            name text NOT NULL,
            region text NOT NULL,
            created_at timestamptz NOT NULL
        );
        CREATE UNIQUE INDEX ux_agents_code ON agents (upper(code));
        ALTER TABLE unanswered ADD COLUMN referrer text;
        """,

        // 3: the secret salt of the person hash (issue 14), made once when Privacy:Salt is not configured.
        // One row at most (id = 1), shared by every instance on this server.
        """
        CREATE TABLE person_hash_salt (
            id integer NOT NULL PRIMARY KEY CHECK (id = 1),
            salt bytea NOT NULL,
            created_at timestamptz NOT NULL
        );
        """,

        // 4: a question kept for the editors carries its asker's person hash (issue 14), so /hapus removes
        // it and /datasaya shows it; older questions stay without one (NULL).
        """
        ALTER TABLE unanswered ADD COLUMN person_hash text;
        CREATE INDEX ix_unanswered_person_hash ON unanswered (person_hash);
        """,

        // 5: one feedback vote per person per entry (issue 14): the voter's person hash, unique with the
        // entry, so a second press updates the vote. Older votes have no hash (NULLs are distinct).
        """
        ALTER TABLE feedback ADD COLUMN person_hash text;
        CREATE UNIQUE INDEX ux_feedback_entry_person ON feedback (entry_id, person_hash);
        CREATE INDEX ix_feedback_person_hash ON feedback (person_hash);
        """,

        // 6: payment reminders (issue 16, point 1), as SQLite's reminders table (minimal: no NIK, name or
        // phone) with native date and timestamptz columns, and the scheduler's one-row lease. Its own entry;
        // renumber on merge, never edit.
        """
        CREATE TABLE reminders (
            channel text NOT NULL,
            chat_id text NOT NULL,
            user_id text NOT NULL,
            day integer NOT NULL CHECK (day BETWEEN 1 AND 28),
            sector text NOT NULL,
            income_from bigint NOT NULL,
            language text NOT NULL,
            consent_version text NOT NULL,
            consent_at timestamptz NOT NULL,
            next_pay_date date NOT NULL,
            next_send_at timestamptz NOT NULL,
            unconfirmed integer NOT NULL DEFAULT 0,
            lapse_warnings integer NOT NULL DEFAULT 0,
            referrer text,
            created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (channel, chat_id)
        );
        CREATE INDEX ix_reminders_due ON reminders (next_send_at);
        CREATE INDEX ix_reminders_user ON reminders (channel, user_id);
        CREATE TABLE reminder_lease (
            id integer NOT NULL PRIMARY KEY CHECK (id = 1),
            holder text,
            lease_until timestamptz
        );
        """,
    ];
}
