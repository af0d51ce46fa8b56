using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AdrDesk.Features.Diagnostics;

/// <summary>Counts database commands and their total time, for the diagnostics endpoint.</summary>
public sealed class DbTimings : DbCommandInterceptor
{
    private long _commands;
    private long _totalTicks;
    private long _maxTicks;

    public long Commands => Interlocked.Read(ref _commands);
    public TimeSpan Total => TimeSpan.FromTicks(Interlocked.Read(ref _totalTicks));
    public TimeSpan Max => TimeSpan.FromTicks(Interlocked.Read(ref _maxTicks));

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(eventData.Duration);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Record(eventData.Duration);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(eventData.Duration);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    private void Record(TimeSpan duration)
    {
        Interlocked.Increment(ref _commands);
        Interlocked.Add(ref _totalTicks, duration.Ticks);
        long seen;
        do
        {
            seen = Interlocked.Read(ref _maxTicks);
        }
        while (duration.Ticks > seen && Interlocked.CompareExchange(ref _maxTicks, duration.Ticks, seen) != seen);
    }
}
