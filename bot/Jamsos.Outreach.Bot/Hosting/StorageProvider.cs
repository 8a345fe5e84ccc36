namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>The storage adapters the host can compose.</summary>
internal enum StorageProvider
{
    Sqlite,
    Postgres,
}
