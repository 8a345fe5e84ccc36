using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Tests.Support;

/// <summary>
/// The one log capture of the tests: keeps every line (level, category, text with any exception) so tests
/// can look for an event, a fatal sentence or a leaked token.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> lines = new();

    public IReadOnlyList<LogLine> Lines => lines.ToArray();

    /// <summary>Every line as "Level Category: text", one per line.</summary>
    public string AllText => string.Join(Environment.NewLine, lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.lines.Enqueue(new LogLine(logLevel, category, formatter(state, exception) + (exception is null ? string.Empty : Environment.NewLine + exception)));
    }
}

/// <summary>One captured log line.</summary>
public sealed record LogLine(LogLevel Level, string Category, string Text)
{
    public bool Contains(string value, StringComparison comparison) => ToString().Contains(value, comparison);

    public override string ToString() => $"{Level} {Category}: {Text}";
}
