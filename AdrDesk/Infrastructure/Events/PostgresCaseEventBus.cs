using System.Text.Json;
using System.Threading.Channels;
using AdrDesk.Domain.Cases;
using AdrDesk.Domain.Schemes;
using AdrDesk.Infrastructure.Data;
using Npgsql;

namespace AdrDesk.Infrastructure.Events;

/// <summary>
/// The case event bus of several servers on one PostgreSQL database (issue 17 item 3): LISTEN/NOTIFY, so nothing but the
/// database is needed. A publisher delivers to its own subscribers in-process (at once, as on one server) and sends one
/// small NOTIFY per event (case number, kind, state; never case data: pages reload from the database). Every server
/// LISTENs on one dedicated connection and hands what other servers sent to its in-process subscribers; a server's own
/// notifications come back to it too (PostgreSQL delivers to every listener) and are dropped by the sender's id, so a
/// local subscriber gets each event once.
/// <para>
/// PostgreSQL delivers a NOTIFY only when its transaction commits; here it is sent after the case's own commit (in its
/// own statement), like the in-process publish, so a receiver re-reading the database sees the change. The listening
/// connection is reopened with back-off (1 s doubling to 30 s) when it breaks; events sent while it was down are not
/// replayed (a page reloads its case when its circuit reconnects, and the notices follow the audit trail, not the bus).
/// </para>
/// </summary>
public sealed class PostgresCaseEventBus : BackgroundService, ICaseEventBus
{
    /// <summary>The channel name every AdrDesk server of one database listens on.</summary>
    public const string Channel = "adrdesk_case_events";

    private readonly InProcessCaseEventBus _local;
    private readonly NpgsqlDataSource _notify;
    private readonly string _connectionString;
    private readonly ILogger<PostgresCaseEventBus> _logger;
    private readonly Channel<CaseEvent> _received = System.Threading.Channels.Channel.CreateUnbounded<CaseEvent>(new() { SingleReader = true });
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>This process's id in the payload: its own notifications are not delivered a second time.</summary>
    public string ServerId { get; } = Guid.NewGuid().ToString("N")[..12];

    public PostgresCaseEventBus(InProcessCaseEventBus local, DatabaseOptions database, ILogger<PostgresCaseEventBus> logger)
    {
        _local = local;
        _logger = logger;
        _connectionString = database.ConnectionString
            ?? throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.");
        // A small pool of its own for NOTIFY: a publish never waits behind the app's busy EF Core pool.
        _notify = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(_connectionString) { MaxPoolSize = 4 }.ConnectionString).Build();
    }

    /// <summary>Completes once this server LISTENs (the first time): tests wait for it before publishing elsewhere.</summary>
    public Task Listening => _listening.Task;

    public async Task PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken = default)
    {
        if (events.Count == 0) return;
        try
        {
            await using var batch = _notify.CreateBatch();
            foreach (var e in events)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = "SELECT pg_notify(@channel, @payload)";
                command.Parameters.AddWithValue("channel", Channel);
                command.Parameters.AddWithValue("payload", Payload.Write(ServerId, e));
                batch.BatchCommands.Add(command);
            }
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            // The change is committed; only other servers' live pages miss it (they reload on their next render).
            _logger.LogWarning(ex, "Could not notify other servers of {Count} case event(s)", events.Count);
        }
        await _local.PublishAsync(events, cancellationToken);
    }

    public IDisposable Subscribe(string? caseNumber, Func<CaseEvent, Task> handler) => _local.Subscribe(caseNumber, handler);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delivering = DeliverAsync(stoppingToken);
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken, () => backoff = TimeSpan.FromSeconds(1));
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Case event listener lost its connection; reconnecting in {Delay}", backoff);
                try { await Task.Delay(backoff, stoppingToken); }
                catch (OperationCanceledException) { break; }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            }
        }
        _received.Writer.TryComplete();
        await delivering;
    }

    private async Task ListenAsync(CancellationToken stoppingToken, Action connected)
    {
        var builder = new NpgsqlConnectionStringBuilder(_connectionString)
        {
            Pooling = false, // a broken listening connection must not go back to a pool
            KeepAlive = 15, // a dead server or proxy is noticed without a notification to wait for
        };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Notification += (_, args) =>
        {
            if (Payload.Read(args.Payload) is { } received && received.Server != ServerId)
            {
                _received.Writer.TryWrite(received.Event);
            }
        };
        await connection.OpenAsync(stoppingToken);
        await using (var listen = connection.CreateCommand())
        {
            listen.CommandText = $"LISTEN {Channel}";
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        connected();
        _listening.TrySetResult();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    /// <summary>
    /// Hands received events to the local subscribers in arrival order, off the listening connection's loop: a slow
    /// subscriber must not hold up the reading of the next notification.
    /// </summary>
    private async Task DeliverAsync(CancellationToken stoppingToken)
    {
        await foreach (var e in _received.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                await _local.PublishAsync([e], stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        _notify.Dispose();
        base.Dispose();
    }

    /// <summary>The NOTIFY payload: a few dozen bytes of JSON (PostgreSQL's limit is 8000).</summary>
    internal static class Payload
    {
        public static string Write(string server, CaseEvent e) =>
            JsonSerializer.Serialize(new Wire(server, e.Number.ToString(), e.Kind, e.State));

        public static (string Server, CaseEvent Event)? Read(string payload)
        {
            try
            {
                var wire = JsonSerializer.Deserialize<Wire>(payload);
                if (wire is null) return null;
                var number = CaseNumber.Parse(wire.N);
                return number.IsSuccess ? (wire.S, new CaseEvent(number.Value, wire.K, wire.T)) : null;
            }
            catch (JsonException)
            {
                return null; // not ours: someone else NOTIFYs on the channel
            }
        }

        private sealed record Wire(string S, string N, string K, string T);
    }
}
