using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Schemes;
using Npgsql;
using StackExchange.Redis;

namespace AdrDesk.Benchmarks;

/// <summary>
/// Issue 17 item 3's two decisions, measured against their alternatives in one run (docs/performance-scaleout.md,
/// "Issue 17: the two decisions measured"): (a) the live event transport, PostgreSQL LISTEN/NOTIFY (what
/// PostgresCaseEventBus does) against Redis PUBLISH/SUBSCRIBE; (b) where files live, see <see cref="FileStoreBench"/>.
/// The throwaway cluster of <c>.dev/pg-cluster</c> and a redis-server of its own (loopback, temp folder, no persistence)
/// are started for the run and always stopped.
/// <c>dotnet run -c Release --project .perf/AdrDesk.Benchmarks -- --transport [--quick]</c>
/// </summary>
public static class TransportBench
{
    public const int RedisPort = 6390;
    private const string Channel = "adrdesk_case_events"; // PostgresCaseEventBus.Channel
    private static readonly bool Quick = Environment.GetCommandLineArgs().Contains("--quick");
    private static readonly int Messages = Quick ? 200 : 2000;
    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(5);
    private const int Burst = 100;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task RunAsync()
    {
        var run = Stopwatch.StartNew();
        if (Quick) Console.WriteLine("--quick: a shakedown with few messages and files; not figures for the report.");
        Console.WriteLine($"Issue 17 item 3, the two decisions measured. Started {Now()}, load average {ScaleOutBench.LoadAverage()}, " +
                          $"{Environment.ProcessorCount} cores, this process's nice value {Nice()}");
        var state = Environment.GetEnvironmentVariable("ADRDESK_PG_STATE") ?? Path.Combine(Path.GetTempPath(), "adrdesk-transport-bench.state");
        var server = ScaleOutBench.PgCluster("start", state);
        var redisFolder = Directory.CreateTempSubdirectory("adrdesk-redis-bench.").FullName;
        try
        {
            Console.WriteLine($"PostgreSQL: throwaway cluster of .dev/pg-cluster ({ScaleOutBench.PgVersion(server)}; fsync off, synchronous_commit off, as for the tests)");
            var redisPid = StartRedis(redisFolder);
            await TransportAsync(server, redisPid, PostmasterPid(state));
            await FileStoreBench.RunAsync(server, Quick);
        }
        finally
        {
            StopRedis(redisFolder);
            ScaleOutBench.PgCluster("stop", state);
            Console.WriteLine($"\nredis-server shut down, cluster stopped. Whole run {run.Elapsed.TotalMinutes:F1} min, ended {Now()}, load average {ScaleOutBench.LoadAverage()}.");
        }
    }

    // ---------------------------------------------------------------- the transports

    /// <summary>One way of getting an event from the server that committed to the other servers.</summary>
    private sealed record Transport(string Name, Func<int, Task> Publish, Func<Action<string>, Task<IAsyncDisposable>> Subscribe);

    private sealed record Figures(string Transport, string Mode, List<double> Latencies, int Received, double PerSecond,
        double ClientCpuMs, double PgCpuMs, double RedisCpuMs);

    private static async Task TransportAsync(string server, int redisPid, int postmasterPid)
    {
        Console.WriteLine($"\n## a) Live event transport, from {Now()}, load average {ScaleOutBench.LoadAverage()}");
        var database = ScaleOutBench.CreateDatabase(server, "adr_transport");
        await using (var setup = new NpgsqlConnection(database))
        {
            await setup.OpenAsync();
            await using var create = setup.CreateCommand();
            // A stand-in for the case's own commit: one small row (the audit entry's size, about).
            create.CommandText = "CREATE TABLE bench_events (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), payload text NOT NULL)";
            await create.ExecuteNonQueryAsync();
        }
        // As PostgresCaseEventBus: a small pool of its own for NOTIFY; the app's writes go through its (bigger) EF Core pool.
        await using var notify = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 4 }.ConnectionString).Build();
        await using var writes = NpgsqlDataSource.Create(database);
        var redisOptions = ConfigurationOptions.Parse($"127.0.0.1:{RedisPort}");
        redisOptions.AbortOnConnectFail = true;
        await using var redisPublisher = await ConnectionMultiplexer.ConnectAsync(redisOptions);
        await using var redisSubscriber = await ConnectionMultiplexer.ConnectAsync(redisOptions);
        var redisChannel = RedisChannel.Literal(Channel);

        Task PgNotify(string payload) => PgNotifyAsync(notify, payload);
        async Task Redis(string payload) => await redisPublisher.GetSubscriber().PublishAsync(redisChannel, payload);
        Func<Action<string>, Task<IAsyncDisposable>> pgListen = received => ListenAsync(database, received);
        Func<Action<string>, Task<IAsyncDisposable>> redisSubscribe = async received =>
        {
            var subscriber = redisSubscriber.GetSubscriber();
            await subscriber.SubscribeAsync(redisChannel, (_, message) => received(message!));
            return new Unsubscribe(() => subscriber.UnsubscribeAsync(redisChannel));
        };
        var transports = new[]
        {
            new Transport("PostgreSQL: pg_notify alone (the bus's own command, sent after the commit)", i => PgNotify(Payload(i)), pgListen),
            new Transport("Redis: PUBLISH alone", i => Redis(Payload(i)), redisSubscribe),
            new Transport("PostgreSQL: INSERT + pg_notify in one transaction (delivered at COMMIT)", i => InsertAsync(writes, Payload(i), notifyInTransaction: true), pgListen),
            new Transport("PostgreSQL: INSERT, COMMIT, then pg_notify (what AdrDesk does)", async i =>
            {
                await InsertAsync(writes, Payload(i), notifyInTransaction: false);
                await PgNotify(Payload(i));
            }, pgListen),
            new Transport("PostgreSQL INSERT, COMMIT, then Redis PUBLISH (the Redis design)", async i =>
            {
                await InsertAsync(writes, Payload(i), notifyInTransaction: false);
                await Redis(Payload(i));
            }, redisSubscribe),
        };

        // What the steady pace costs this process with nothing sent (timer wake-ups, the thread pool's spinning between
        // them): the bench's CPU column of the steady rows includes it.
        var idle = Process.GetCurrentProcess().TotalProcessorTime;
        var idleClock = Stopwatch.StartNew();
        for (var i = 0; i < Messages; i++) await WaitUntilAsync(idleClock, Pace * i);
        var idleCpu = (Process.GetCurrentProcess().TotalProcessorTime - idle).TotalMilliseconds * 1000.0 / Messages;

        var results = new List<Figures>();
        foreach (var transport in transports)
        {
            results.Add(await MeasureAsync(transport, steady: true, redisPid, postmasterPid));
            results.Add(await MeasureAsync(transport, steady: false, redisPid, postmasterPid));
        }

        Console.WriteLine();
        Console.WriteLine($"Payload: PostgresCaseEventBus's JSON shape {{S: server id, N: case number, K: kind, T: state}}, {Payload(1).Length} bytes, e.g. {Payload(1)}.");
        Console.WriteLine($"One-way latency = publish call started (for the INSERT rows: the transaction started) → the subscriber (another connection in this process) parsed the message. " +
                          $"Steady: {Messages} messages, one every {Pace.TotalMilliseconds:F0} ms, each sent without waiting for the one before. " +
                          $"Bursts: {Messages / Burst} × {Burst} sent at once, the next burst after all of the last arrived; msgs/s = messages ÷ time from the first send to the last arrival. " +
                          "CPU: per 1000 messages; this process (publisher and subscriber) from Process.TotalProcessorTime, the servers from /proc/<pid>/stat (PostgreSQL: postmaster + its backends; clock ticks of 10 ms). " +
                          $"Each row after {Warmup} warm-up messages.");
        Console.WriteLine();
        Console.WriteLine("| transport | pace | received | median ms | p95 ms | p99 ms | max ms | msgs/s | CPU ms per 1000: bench process | PostgreSQL | redis-server |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var f in results)
        {
            var l = f.Latencies;
            Console.WriteLine($"| {f.Transport} | {f.Mode} | {f.Received}/{Messages} | {P(l, 0.5):F2} | {P(l, 0.95):F2} | {P(l, 0.99):F2} | {(l.Count > 0 ? l.Max() : double.NaN):F2} | " +
                              $"{f.PerSecond:F0} | {f.ClientCpuMs:F0} | {f.PgCpuMs:F0} | {f.RedisCpuMs:F0} |");
        }
        Console.WriteLine($"\nThe steady pace alone, nothing sent: {idleCpu:F0} ms of this process's CPU per 1000 ticks (included in the steady rows' bench column).");
        Console.WriteLine($"\nPart a) ended {Now()}, load average {ScaleOutBench.LoadAverage()}");
    }

    private const int Warmup = Burst;

    private static async Task<Figures> MeasureAsync(Transport transport, bool steady, int redisPid, int postmasterPid)
    {
        // Sequence numbers ride in the case number (DD-2026-000001…): the payload keeps the app's exact shape.
        var total = Warmup + Messages;
        var sent = new long[total + 1];
        var arrived = new long[total + 1];
        var count = 0;
        var target = 0;
        TaskCompletionSource? reached = null;
        var gate = new object();
        await using var subscription = await transport.Subscribe(message =>
        {
            var now = Stopwatch.GetTimestamp();
            // What PostgresCaseEventBus.Payload.Read does on receipt: JSON, then the case number.
            var wire = JsonSerializer.Deserialize<Wire>(message);
            var number = CaseNumber.Parse(wire?.N);
            if (!number.IsSuccess) return;
            var sequence = number.Value.Sequence;
            if (sequence > total || Interlocked.CompareExchange(ref arrived[sequence], now, 0) != 0) return;
            lock (gate)
            {
                count++;
                if (count >= target) reached?.TrySetResult();
            }
        });

        async Task UntilAsync(int expected)
        {
            Task wait;
            lock (gate)
            {
                target = expected;
                reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                if (count >= expected) reached.TrySetResult();
                wait = reached.Task;
            }
            await Task.WhenAny(wait, Task.Delay(Patience));
        }

        Task Send(int sequence)
        {
            sent[sequence] = Stopwatch.GetTimestamp();
            return transport.Publish(sequence);
        }

        // Warm-up: connections opened (as many as a burst opens), statements and the subscription settled.
        if (steady) for (var i = 1; i <= Warmup; i++) await Send(i);
        else await Task.WhenAll(Enumerable.Range(1, Warmup).Select(Send).ToList());
        await UntilAsync(Warmup);

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var pg = PostgresCpu(postmasterPid);
        var redis = ProcessCpu(redisPid);
        var wall = TimeSpan.Zero;
        if (steady)
        {
            var tasks = new List<Task>(Messages);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < Messages; i++)
            {
                await WaitUntilAsync(clock, Pace * i);
                tasks.Add(Send(Warmup + 1 + i));
            }
            await Task.WhenAll(tasks);
            await UntilAsync(total);
            wall = clock.Elapsed;
        }
        else
        {
            for (var b = 0; b < Messages / Burst; b++)
            {
                var first = Warmup + 1 + b * Burst;
                var clock = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(first, Burst).Select(Send).ToList());
                await UntilAsync(first + Burst - 1);
                wall += clock.Elapsed;
                await Task.Delay(100);
            }
        }
        var perThousand = 1000.0 / Messages;
        var clientCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * perThousand;
        var pgCpu = (PostgresCpu(postmasterPid) - pg) * perThousand;
        var redisCpu = (ProcessCpu(redisPid) - redis) * perThousand;

        var latencies = new List<double>(Messages);
        for (var s = Warmup + 1; s <= total; s++)
            if (Volatile.Read(ref arrived[s]) is var at and > 0) latencies.Add(Stopwatch.GetElapsedTime(sent[s], at).TotalMilliseconds);
        var mode = steady ? $"steady, 1 per {Pace.TotalMilliseconds:F0} ms" : $"bursts of {Burst}";
        Console.WriteLine($"{Now()} {transport.Name}, {mode}: {latencies.Count}/{Messages} received, median {P(latencies, 0.5):F2} ms");
        return new Figures(transport.Name, mode, latencies, latencies.Count, latencies.Count / wall.TotalSeconds, clientCpu, pgCpu, redisCpu);
    }

    /// <summary>
    /// Sleeps until <paramref name="at"/> on an absolute schedule (a late tick does not push back the next ones). Not spun:
    /// spinning would show as the bench's own CPU. Each send time is taken when it is sent, so a late tick skews no latency.
    /// </summary>
    private static async Task WaitUntilAsync(Stopwatch clock, TimeSpan at)
    {
        var left = at - clock.Elapsed;
        if (left > TimeSpan.Zero) await Task.Delay(left);
    }

    private static async Task PgNotifyAsync(NpgsqlDataSource notify, string payload)
    {
        // PostgresCaseEventBus.PublishAsync's batch, for one event.
        await using var batch = notify.CreateBatch();
        var command = batch.CreateBatchCommand();
        command.CommandText = "SELECT pg_notify(@channel, @payload)";
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("payload", payload);
        batch.BatchCommands.Add(command);
        await batch.ExecuteNonQueryAsync();
    }

    private static async Task InsertAsync(NpgsqlDataSource writes, string payload, bool notifyInTransaction)
    {
        await using var connection = await writes.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            var insert = batch.CreateBatchCommand();
            insert.CommandText = "INSERT INTO bench_events (payload) VALUES (@payload)";
            insert.Parameters.AddWithValue("payload", payload);
            batch.BatchCommands.Add(insert);
            if (notifyInTransaction)
            {
                var notify = batch.CreateBatchCommand();
                notify.CommandText = "SELECT pg_notify(@channel, @payload)";
                notify.Parameters.AddWithValue("channel", Channel);
                notify.Parameters.AddWithValue("payload", payload);
                batch.BatchCommands.Add(notify);
            }
            await batch.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    /// <summary>PostgresCaseEventBus.ListenAsync: an unpooled connection that LISTENs and waits for notifications.</summary>
    private static async Task<IAsyncDisposable> ListenAsync(string database, Action<string> received)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database) { Pooling = false, KeepAlive = 15 }.ConnectionString);
        connection.Notification += (_, args) => received(args.Payload);
        await connection.OpenAsync();
        await using (var listen = connection.CreateCommand())
        {
            listen.CommandText = $"LISTEN {Channel}";
            await listen.ExecuteNonQueryAsync();
        }
        var stop = new CancellationTokenSource();
        var loop = Task.Run(async () =>
        {
            try { while (true) await connection.WaitAsync(stop.Token); }
            catch (OperationCanceledException) { }
        });
        return new Unsubscribe(async () =>
        {
            await stop.CancelAsync();
            await loop;
            await connection.DisposeAsync();
            stop.Dispose();
        });
    }

    private sealed class Unsubscribe(Func<Task> stop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await stop();
    }

    private sealed record Wire(string S, string N, string K, string T);

    private static readonly string ServerId = Guid.NewGuid().ToString("N")[..12];

    /// <summary>PostgresCaseEventBus.Payload.Write for a staff note on case DD-2026-{sequence}.</summary>
    private static string Payload(int sequence)
    {
        var number = CaseNumber.Create(Scheme.BindingRuling, 2026, sequence).Value;
        return JsonSerializer.Serialize(new Wire(ServerId, number.ToString(), "StaffNoteAdded", "UnderAssessment"));
    }

    // ---------------------------------------------------------------- redis-server, CPU, helpers

    /// <summary>Its own redis-server on a loopback port, in a temp folder, no RDB, no AOF (a bus keeps nothing); returns its pid.</summary>
    private static int StartRedis(string folder)
    {
        var pidFile = Path.Combine(folder, "redis.pid");
        Run("redis-server", "--port", RedisPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--daemonize", "yes", "--dir", folder, "--pidfile", pidFile, "--logfile", Path.Combine(folder, "redis.log"));
        for (var i = 0; i < 100 && !File.Exists(pidFile); i++) Thread.Sleep(50);
        var version = Run("redis-server", "--version").Split(' ').FirstOrDefault(w => w.StartsWith("v=", StringComparison.Ordinal)) ?? "?";
        Console.WriteLine($"Redis: own redis-server ({version}) on 127.0.0.1:{RedisPort}, --save '' --appendonly no, folder {folder}");
        return int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
    }

    private static void StopRedis(string folder)
    {
        try { Run("redis-cli", "-p", RedisPort.ToString(CultureInfo.InvariantCulture), "shutdown", "nosave"); }
        catch (InvalidOperationException e) { Console.WriteLine($"redis-cli shutdown: {e.Message}"); }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    private static string Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        // redis-cli's shutdown closes the connection before answering: its exit code is 1 with "connection lost"; fine.
        if (process.ExitCode != 0 && !(file == "redis-cli" && arguments.Contains("shutdown")))
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {error}{output}");
        return output;
    }

    private static int PostmasterPid(string state)
    {
        var folder = File.ReadAllLines(state).First(l => l.StartsWith("PGFOLDER=", StringComparison.Ordinal))["PGFOLDER=".Length..];
        return int.Parse(File.ReadLines(Path.Combine(folder, "data", "postmaster.pid")).First().Trim(), CultureInfo.InvariantCulture);
    }

    private static readonly double MsPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux

    /// <summary>utime + stime of one process, in ms; with <paramref name="children"/> also what its reaped children used.</summary>
    private static double ProcessCpu(int pid, bool children = false)
    {
        var fields = StatFields(pid);
        if (fields is null) return 0;
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        if (children) ticks += long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return ticks * MsPerTick;
    }

    /// <summary>The postmaster, the backends that exited (reaped: in its children's times) and those alive.</summary>
    private static double PostgresCpu(int postmaster)
    {
        var total = ProcessCpu(postmaster, children: true);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || StatFields(pid) is not { } fields) continue;
            if (fields[1] == postmaster.ToString(CultureInfo.InvariantCulture)) total += ProcessCpu(pid);
        }
        return total;
    }

    /// <summary>/proc/PID/stat after the command name: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime.</summary>
    private static string[]? StatFields(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // exited meanwhile
        }
    }

    private static string Nice()
    {
        var fields = StatFields(Environment.ProcessId);
        return fields is null ? "?" : fields[16];
    }

    internal static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    internal static double P(List<double> values, double p) => values.Count == 0 ? double.NaN : WorkbenchBench.Percentile(values, p);
}
