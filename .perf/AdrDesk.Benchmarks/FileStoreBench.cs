using System.Data;
using System.Diagnostics;
using System.Security.Cryptography;
using AdrDesk.Features.CaseFile;
using AdrDesk.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace AdrDesk.Benchmarks;

/// <summary>
/// Issue 17 item 3, "documents, attachments and uploads stored where every server reads them (in the database, or a
/// configured shared folder: decide, measure, document)": the same files written and read back (i) through the app's own
/// <see cref="AttachmentStore"/> into a folder (PartialFiles: a ".part" name, then a rename; the shared-folder design, a
/// local disk here), (ii) into PostgreSQL as bytea, (iii) into SQLite as a BLOB, one row per file, one connection per
/// operation as the app does. Every write includes the SHA-256 the app keeps beside each file, whichever the store.
/// Part of <c>--transport</c> (<see cref="TransportBench"/>).
/// </summary>
public static class FileStoreBench
{
    private sealed record Size(string Name, int Bytes, int Count);

    private sealed record Row(string Store, string Size, int Count, List<double> Writes, List<double> Reads, int Bytes, long Growth, string GrowthNote);

    private const int Warmup = 3;

    public static async Task RunAsync(string server, bool quick)
    {
        Console.WriteLine($"\n## b) Files: a folder (AttachmentStore), PostgreSQL bytea, SQLite BLOB, from {TransportBench.Now()}, load average {ScaleOutBench.LoadAverage()}");
        Size[] sizes = quick
            ? [new("60 KB (a ruling PDF)", 60 * 1024, 20), new("1 MB", 1024 * 1024, 10), new("10 MB (the upload limit)", (int)CaseFileLimits.MaxFileBytes, 3)]
            : [new("60 KB (a ruling PDF)", 60 * 1024, 500), new("1 MB", 1024 * 1024, 200), new("10 MB (the upload limit)", (int)CaseFileLimits.MaxFileBytes, 50)];

        var folder = LabHost.TempFolder("files-folder");
        var sqliteFolder = LabHost.TempFolder("files-sqlite");
        var pg = ScaleOutBench.CreateDatabase(server, "adr_files");
        try
        {
            var store = new AttachmentStore(Options.Create(new CaseFileOptions { AttachmentPath = Path.Combine(folder, "attachments") }),
                new DatabaseOptions { Path = Path.Combine(folder, "adrdesk.db") });
            await using var pgSource = NpgsqlDataSource.Create(pg);
            await ExecuteAsync(pgSource, "CREATE TABLE bench_files (id uuid PRIMARY KEY, sha256 text NOT NULL, content bytea NOT NULL)");
            var sqlite = new SqliteConnectionStringBuilder { DataSource = Path.Combine(sqliteFolder, "files.db"), Pooling = true }.ConnectionString;
            await using (var connection = await OpenSqliteAsync(sqlite))
            await using (var create = connection.CreateCommand())
            {
                create.CommandText = "CREATE TABLE bench_files (id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, content BLOB NOT NULL)";
                await create.ExecuteNonQueryAsync();
            }

            var rows = new List<Row>();
            var random = new Random(17);
            foreach (var size in sizes)
            {
                // A PDF header (the store checks the first bytes) and random bytes: PDFs are compressed, so is this.
                var content = new byte[size.Bytes];
                random.NextBytes(content);
                "%PDF-1.7\n"u8.CopyTo(content);
                rows.Add(Sha256Alone(size, content));
                rows.Add(await FolderAsync(store, folder, size, content));
                rows.Add(await PostgresAsync(pgSource, size, content));
                rows.Add(await SqliteAsync(sqlite, sqliteFolder, size, content));
            }

            Console.WriteLine();
            Console.WriteLine($"Each size: {Warmup} warm-up files, then N written one after another, then the N read back in random order (the whole file, " +
                              "streamed into a 64 KB buffer). MB/s = size ÷ median time. Reads follow the writes at once, so every store reads from memory " +
                              "(page cache, shared_buffers): a cold read off the disk would be slower for all three. Growth = what the store took on disk per file.");
            Console.WriteLine();
            Console.WriteLine("| store | size | N | write median / p95 ms | write MB/s | read median / p95 ms | read MB/s | growth per file |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var r in rows)
            {
                if (r.Reads.Count == 0)
                {
                    Console.WriteLine($"| {r.Store} | {r.Size} | {r.Count} | {P(r.Writes, 0.5):F2} / {P(r.Writes, 0.95):F2} | {r.Bytes / 1024.0 / 1024.0 / (P(r.Writes, 0.5) / 1000):F0} | | | |");
                    continue;
                }
                var mb = r.Bytes / 1024.0 / 1024.0;
                Console.WriteLine($"| {r.Store} | {r.Size} | {r.Count} | {P(r.Writes, 0.5):F2} / {P(r.Writes, 0.95):F2} | {mb / (P(r.Writes, 0.5) / 1000):F0} | " +
                                  $"{P(r.Reads, 0.5):F2} / {P(r.Reads, 0.95):F2} | {mb / (P(r.Reads, 0.5) / 1000):F0} | " +
                                  $"{r.Growth / 1024.0:N0} KB ({(double)r.Growth / r.Bytes:F2}× the file){r.GrowthNote} |");
            }
            Console.WriteLine($"\nPart b) ended {TransportBench.Now()}, load average {ScaleOutBench.LoadAverage()}");
        }
        finally
        {
            LabHost.DeleteFolder(folder);
            LabHost.DeleteFolder(sqliteFolder);
        }
    }

    /// <summary>The hash every write computes, whichever the store: the part of each write time that no store choice changes.</summary>
    private static Row Sha256Alone(Size size, byte[] content)
    {
        var times = new List<double>();
        for (var i = -Warmup; i < size.Count; i++)
        {
            Vary(content, i);
            var t = Stopwatch.StartNew();
            SHA256.HashData(content);
            if (i >= 0) times.Add(t.Elapsed.TotalMilliseconds);
        }
        return new Row("(SHA-256 alone: part of every write below)", size.Name, size.Count, times, [], content.Length, 0, "");
    }

    // ---------------------------------------------------------------- (i) the folder, through the app's store

    private static async Task<Row> FolderAsync(AttachmentStore store, string folder, Size size, byte[] content)
    {
        var before = FolderBytes(store.Root);
        var caseId = Guid.NewGuid();
        var written = new List<AdrDesk.Features.CaseFile.Data.CaseAttachment>();
        var writes = new List<double>();
        for (var i = -Warmup; i < size.Count; i++)
        {
            Vary(content, i);
            var t = Stopwatch.StartNew();
            var row = await store.WriteAsync(caseId, "DD-2026-000001", Guid.Empty, [new UploadedFile("uitspraak.pdf", "application/pdf", content)],
                Guid.Empty, DateTimeOffset.UtcNow, CancellationToken.None);
            if (i >= 0) writes.Add(t.Elapsed.TotalMilliseconds);
            written.AddRange(row);
        }
        var reads = await ReadAllAsync(written, async (a, buffer, hash) =>
        {
            await using var stream = store.Open(a) ?? throw new InvalidOperationException($"{a.StorageName} is gone");
            return await DrainAsync(stream, buffer, hash);
        }, a => a.Sha256, size, content.Length);
        var growth = (FolderBytes(store.Root) - before) / (size.Count + Warmup);
        Report("folder", size, writes);
        return new Row("folder (AttachmentStore, local disk)", size.Name, size.Count, writes, reads, content.Length, growth,
            $"; {Directory.EnumerateFiles(store.Root, "*.part", SearchOption.AllDirectories).Count()} .part files left");
    }

    private static long FolderBytes(string root) => Directory.Exists(root)
        ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length)
        : 0;

    // ---------------------------------------------------------------- (ii) PostgreSQL bytea

    private static async Task<Row> PostgresAsync(NpgsqlDataSource source, Size size, byte[] content)
    {
        var before = await ScalarAsync<long>(source, "SELECT pg_total_relation_size('bench_files')");
        var walBefore = await ScalarAsync<string>(source, "SELECT pg_current_wal_lsn()::text");
        var written = new List<(Guid Id, string Sha)>();
        var writes = new List<double>();
        for (var i = -Warmup; i < size.Count; i++)
        {
            Vary(content, i);
            var t = Stopwatch.StartNew();
            var id = Guid.NewGuid();
            var sha = Convert.ToHexStringLower(SHA256.HashData(content));
            await using (var connection = await source.OpenConnectionAsync())
            await using (var insert = connection.CreateCommand())
            {
                insert.CommandText = "INSERT INTO bench_files (id, sha256, content) VALUES (@id, @sha, @content)";
                insert.Parameters.AddWithValue("id", id);
                insert.Parameters.AddWithValue("sha", sha);
                insert.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = content });
                await insert.ExecuteNonQueryAsync();
            }
            if (i >= 0) writes.Add(t.Elapsed.TotalMilliseconds);
            written.Add((id, sha));
        }
        var reads = await ReadAllAsync(written, async (file, buffer, hash) =>
        {
            await using var connection = await source.OpenConnectionAsync();
            await using var select = connection.CreateCommand();
            select.CommandText = "SELECT content FROM bench_files WHERE id = @id";
            select.Parameters.AddWithValue("id", file.Id);
            await using var reader = await select.ExecuteReaderAsync(CommandBehavior.SequentialAccess);
            if (!await reader.ReadAsync()) throw new InvalidOperationException($"{file.Id} is gone");
            await using var stream = await reader.GetStreamAsync(0);
            return await DrainAsync(stream, buffer, hash);
        }, f => f.Sha, size, content.Length);
        var growth = (await ScalarAsync<long>(source, "SELECT pg_total_relation_size('bench_files')") - before) / (size.Count + Warmup);
        var wal = await ScalarAsync<decimal>(source, $"SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '{walBefore}')") / (size.Count + Warmup);
        Report("PostgreSQL", size, writes);
        return new Row("PostgreSQL bytea", size.Name, size.Count, writes, reads, content.Length, growth,
            $"; WAL {wal / 1024:N0} KB per file");
    }

    private static async Task ExecuteAsync(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    // ---------------------------------------------------------------- (iii) SQLite BLOB

    private static async Task<Row> SqliteAsync(string connectionString, string folder, Size size, byte[] content)
    {
        var before = await SqliteBytesAsync(connectionString, folder);
        var written = new List<(string Id, string Sha)>();
        var writes = new List<double>();
        for (var i = -Warmup; i < size.Count; i++)
        {
            Vary(content, i);
            var t = Stopwatch.StartNew();
            var id = Guid.NewGuid().ToString();
            var sha = Convert.ToHexStringLower(SHA256.HashData(content));
            await using (var connection = await OpenSqliteAsync(connectionString))
            await using (var insert = connection.CreateCommand())
            {
                insert.CommandText = "INSERT INTO bench_files (id, sha256, content) VALUES ($id, $sha, $content)";
                insert.Parameters.AddWithValue("$id", id);
                insert.Parameters.AddWithValue("$sha", sha);
                insert.Parameters.Add("$content", SqliteType.Blob).Value = content;
                await insert.ExecuteNonQueryAsync();
            }
            if (i >= 0) writes.Add(t.Elapsed.TotalMilliseconds);
            written.Add((id, sha));
        }
        var reads = await ReadAllAsync(written, async (file, buffer, hash) =>
        {
            await using var connection = await OpenSqliteAsync(connectionString);
            await using var select = connection.CreateCommand();
            // With the rowid, Microsoft.Data.Sqlite streams the BLOB (sqlite3_blob_read) instead of copying it whole.
            select.CommandText = "SELECT rowid, content FROM bench_files WHERE id = $id";
            select.Parameters.AddWithValue("$id", file.Id);
            await using var reader = await select.ExecuteReaderAsync(CommandBehavior.SequentialAccess);
            if (!await reader.ReadAsync()) throw new InvalidOperationException($"{file.Id} is gone");
            await using var stream = reader.GetStream(1);
            return await DrainAsync(stream, buffer, hash);
        }, f => f.Sha, size, content.Length);
        var growth = (await SqliteBytesAsync(connectionString, folder) - before) / (size.Count + Warmup);
        Report("SQLite", size, writes);
        return new Row("SQLite BLOB (WAL, synchronous=NORMAL)", size.Name, size.Count, writes, reads, content.Length, growth, " (database file after a WAL checkpoint)");
    }

    /// <summary>The app's pragmas (SqlitePragmas): WAL, synchronous=NORMAL, a busy timeout.</summary>
    private static async Task<SqliteConnection> OpenSqliteAsync(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;";
        await pragmas.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>The database file after a checkpoint that empties the WAL into it: what the rows take, not the WAL's high-water mark.</summary>
    private static async Task<long> SqliteBytesAsync(string connectionString, string folder)
    {
        await using (var connection = await OpenSqliteAsync(connectionString))
        await using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }
        return new FileInfo(Path.Combine(folder, "files.db")).Length;
    }

    // ---------------------------------------------------------------- shared

    /// <summary>
    /// Reads every file back in random order (timed), then checks one of them byte for byte by its SHA-256 (not timed):
    /// a store that lost or mangled bytes fails the run instead of printing a figure.
    /// </summary>
    private static async Task<List<double>> ReadAllAsync<T>(List<T> written, Func<T, byte[], IncrementalHash?, Task<long>> read, Func<T, string> sha, Size size, int bytes)
    {
        var buffer = new byte[64 * 1024];
        var order = written.Skip(Warmup).ToArray();
        new Random(size.Bytes).Shuffle(order);
        var reads = new List<double>();
        foreach (var file in written.Take(Warmup)) await read(file, buffer, null);
        foreach (var file in order)
        {
            var t = Stopwatch.StartNew();
            var length = await read(file, buffer, null);
            reads.Add(t.Elapsed.TotalMilliseconds);
            if (length != bytes) throw new InvalidOperationException($"read {length} bytes of {bytes}");
        }
        var check = order[^1];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await read(check, buffer, hash);
        if (Convert.ToHexStringLower(hash.GetHashAndReset()) != sha(check)) throw new InvalidOperationException("a file read back differs from what was written");
        return reads;
    }

    private static async Task<long> DrainAsync(Stream stream, byte[] buffer, IncrementalHash? hash)
    {
        long total = 0;
        int n;
        while ((n = await stream.ReadAsync(buffer)) > 0)
        {
            hash?.AppendData(buffer, 0, n);
            total += n;
        }
        return total;
    }

    /// <summary>A different file each time (and so a different SHA-256), at the cost of 4 bytes.</summary>
    private static void Vary(byte[] content, int i) => BitConverter.TryWriteBytes(content.AsSpan(16, 4), i);

    private static void Report(string store, Size size, List<double> writes) =>
        Console.WriteLine($"{TransportBench.Now()} {store}, {size.Name}: {size.Count} written, median {P(writes, 0.5):F2} ms");

    private static double P(List<double> values, double p) => TransportBench.P(values, p);
}
