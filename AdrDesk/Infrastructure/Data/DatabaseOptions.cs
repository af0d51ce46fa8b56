namespace AdrDesk.Infrastructure.Data;

/// <summary>Configuration section "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The SQLite file. Relative paths are taken from the working directory.</summary>
    public string Path { get; set; } = "data/adrdesk.db";

    /// <summary>How long a writer waits for another writer's lock before SQLITE_BUSY.</summary>
    public int BusyTimeoutMs { get; set; } = 5000;

    public string ConnectionString()
    {
        var full = System.IO.Path.GetFullPath(Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return $"Data Source={full};Pooling=True;Default Timeout={Math.Max(1, BusyTimeoutMs / 1000)}";
    }
}
