using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Linkage.Messaging.Tests.Infrastructure;

/// <summary>A host's log at Warning and above (the test hosts' minimum level), each line with its time, kept for a
/// test's output or failure message; <see cref="Note"/> adds the test's own events among them.</summary>
public sealed class WarningLog : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public void Note(string line) => Lines.Enqueue($"{DateTime.UtcNow:HH:mm:ss.f} test: {line}");

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public override string ToString() => string.Join("\n", Lines);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{DateTime.UtcNow:HH:mm:ss.f} {logLevel} {category}: {formatter(state, exception)}"
                + (exception is null ? "" : $" ({exception.GetType().Name}: {exception.Message})"));
    }
}
