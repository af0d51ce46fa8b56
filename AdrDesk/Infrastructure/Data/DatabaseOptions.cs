namespace AdrDesk.Infrastructure.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (the embedded default) or Postgres (several servers on one database: issue 17).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The PostgreSQL connection string (Npgsql form: <c>Host=…;Port=…;Database=…;Username=…;Password=…</c>); unused on SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The SQLite file. Relative paths are taken from the working directory. Its folder is also where the file stores
    /// (documents, attachments, uploads, mediation files) and the key certificate live by default, on either provider.
    /// </summary>
    public string Path { get; set; } = "data/adrdesk.db";

    /// <summary>How long a writer waits for another writer's lock before SQLITE_BUSY.</summary>
    public int BusyTimeoutMs { get; set; } = 5000;

    public string SqliteConnectionString()
    {
        var full = System.IO.Path.GetFullPath(Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return $"Data Source={full};Pooling=True;Default Timeout={Math.Max(1, BusyTimeoutMs / 1000)}";
    }
}
