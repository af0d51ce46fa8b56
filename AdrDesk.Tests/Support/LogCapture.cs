using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace AdrDesk.Tests.Support;

/// <summary>
/// Keeps what the app logs, in order, so that a test can fail on a line (MudBlazor's "Missing &lt;MudPopoverProvider /&gt;",
/// say) that shows nothing in the page. <see cref="Count"/> before an action and <see cref="Since"/> after it give that
/// action's entries.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> _entries = new();

    public sealed record Entry(string Category, LogLevel Level, string Message);

    public int Count => _entries.Count;

    public IReadOnlyList<Entry> Since(int count) => _entries.Skip(count).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new Entry(category, logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception.Message)));
    }
}
