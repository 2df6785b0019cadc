using Microsoft.Extensions.Logging;
using Npgsql;

namespace Linkage.Supervision.Tests;

/// <summary>What a data source sends, one entry per round trip, as Npgsql logs it before it executes a command or a
/// batch: EF's commands and the statements sent with Npgsql alone (decision 0845) alike. A batch's entry is its
/// statements' texts, one to a line.</summary>
public sealed class SentCommands : ILoggerProvider, ILogger
{
    private readonly List<string> texts = [];

    public IReadOnlyList<string> Texts
    {
        get { lock (texts) return [.. texts]; }
    }

    /// <summary>A data source on <paramref name="connectionString"/> whose round trips are recorded here.</summary>
    public NpgsqlDataSource Source(string connectionString) => new NpgsqlDataSourceBuilder(connectionString)
        .UseLoggerFactory(LoggerFactory.Create(b => b.AddProvider(this).SetMinimumLevel(LogLevel.Debug))).Build();

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is not IReadOnlyList<KeyValuePair<string, object?>> values) return;
        var message = formatter(state, exception);
        if (!message.StartsWith("Executing command", StringComparison.Ordinal) && !message.StartsWith("Executing batch", StringComparison.Ordinal))
            return;
        foreach (var (key, value) in values)
        {
            var text = (key, value) switch
            {
                ("CommandText", string command) => command,
                ("BatchCommands", IEnumerable<string> batch) => string.Join("\n", batch),
                _ => null,
            };
            if (text is not null) lock (texts) texts.Add(text);
        }
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose() { }
}
