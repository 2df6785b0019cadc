using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linkage.Supervision.Tests;

/// <summary>The text of every command a context sends: one entry per round trip.</summary>
public sealed class SentCommands : DbCommandInterceptor
{
    private readonly List<string> texts = [];

    public IReadOnlyList<string> Texts => texts;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken ct = default)
    {
        texts.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        texts.Add(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
