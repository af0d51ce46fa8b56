using System.Collections.Concurrent;
using AdrDesk.Domain.Cases;
using AdrDesk.Features.Cases;
using AdrDesk.Infrastructure.Events;
using AdrDesk.Infrastructure.Mail;
using AdrDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AdrDesk.Tests.Cases;

/// <summary>A migrated database, a case store over it, and a bus that records what was published.</summary>
public sealed class CaseTestKit : IAsyncDisposable
{
    private CaseTestKit(TestDatabase database, FakeTimeProvider clock)
    {
        Database = database;
        Clock = clock;
        Bus = new RecordingBus();
        Outbox = new OutboxSignal();
        Store = new CaseStore(database, Bus, Outbox, clock, NullLogger<CaseStore>.Instance);
    }

    public TestDatabase Database { get; }
    public FakeTimeProvider Clock { get; }
    public RecordingBus Bus { get; }
    public OutboxSignal Outbox { get; }
    public CaseStore Store { get; }

    public static async Task<CaseTestKit> CreateAsync(FakeTimeProvider? clock = null) =>
        new(await TestDatabase.CreateAsync(), clock ?? AmsterdamClock.At(2026, 2, 2));

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}

/// <summary>Records published events; an optional probe runs on each (e.g. to read the database at that moment).</summary>
public sealed class RecordingBus : ICaseEventBus
{
    public ConcurrentQueue<CaseEvent> Published { get; } = new();
    public Func<CaseEvent, Task>? Probe { get; set; }

    public async Task PublishAsync(IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken = default)
    {
        foreach (var e in events)
        {
            Published.Enqueue(e);
            if (Probe is not null) await Probe(e);
        }
    }

    public IDisposable Subscribe(string? caseNumber, Func<CaseEvent, Task> handler) => throw new NotSupportedException();
}
