using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linkage.Audit.Tests;

/// <summary>The text and parameter values of every command a context sends, one entry per round trip.</summary>
public sealed class SentCommands : DbCommandInterceptor
{
    private readonly List<string> sent = [];

    private readonly List<IReadOnlyList<object?>> values = [];

    public IReadOnlyList<string> Texts => sent;

    public IReadOnlyList<IReadOnlyList<object?>> Values => values;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        sent.Add(command.CommandText);
        values.Add([.. command.Parameters.Cast<DbParameter>().Select(p => p.Value)]);
    }
}
