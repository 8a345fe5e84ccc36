using Npgsql;

namespace Jamsos.Outreach.Bot.Storage.Postgres;

/// <summary>
/// What a PostgreSQL failure means for the person running the bot: which server, what is wrong, what to
/// do. Built from the SQLSTATE and the server's address only, so neither a row (personal data) nor the
/// password ever reaches the message.
/// </summary>
internal static class PostgresErrorMessages
{
    public static string Describe(NpgsqlException ex, string server, string doing)
    {
        ArgumentNullException.ThrowIfNull(ex);
        if (ex is PostgresException pg)
        {
            return pg.SqlState switch
            {
                "28P01" or "28000" => $"PostgreSQL at {server} refused the login: check the user and password in Storage:ConnectionString (or PGPASSWORD).",
                "3D000" => $"PostgreSQL at {server} has no such database: create it (createdb) or fix Database= in Storage:ConnectionString.",
                "42501" => $"PostgreSQL at {server} denied a permission while {doing} it: the bot's user must own the database or its schema.",
                "53300" => $"PostgreSQL at {server} has too many connections: raise max_connections or lower Maximum Pool Size in Storage:ConnectionString.",
                "57P01" or "57P02" or "57P03" => $"PostgreSQL at {server} is shutting down or starting up: try again in a moment.",
                "53100" => $"The disk of PostgreSQL at {server} is full: free some space and start again.",
                _ => $"PostgreSQL error {pg.SqlState} while {doing} the database at {server}.",
            };
        }

        return ex.InnerException is TimeoutException or System.Net.Sockets.SocketException or IOException
            ? $"PostgreSQL at {server} cannot be reached while {doing} it: check that the server runs and Host/Port in Storage:ConnectionString."
            : $"PostgreSQL at {server} failed while {doing} it: {ex.GetType().Name}.";
    }
}
