using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Jamsos.Outreach.Tests.Bot.Discord.Fakes;

/// <summary>Collects every log line (level, category, text) so tests can look for a fatal sentence or a leaked token.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Text)> lines = new();

    public IReadOnlyList<(LogLevel Level, string Category, string Text)> Lines => lines.ToArray();

    public string AllText => string.Join("\n", lines.Select(l => $"{l.Level} {l.Category}: {l.Text}"));

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
            owner.lines.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? string.Empty : " | " + exception)));
    }
}
