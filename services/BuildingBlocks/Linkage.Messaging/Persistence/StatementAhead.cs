using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linkage.Messaging;

/// <summary>Sends the statement of <see cref="ModuleDbContext.SendAheadOfNextQuery"/> in the next query's command, ahead
/// of it: one round trip for both (decision 0748). Each statement of a command runs on its own snapshot, so the query
/// reads what the statement ahead waited for; the statement's rows are skipped and the query's handed on. A save's
/// batch neither takes nor carries it.</summary>
public sealed class StatementAhead : DbCommandInterceptor
{
    private static readonly StatementAhead Instance = new();

    private StatementAhead() { }

    public static DbContextOptionsBuilder AddTo(DbContextOptionsBuilder options) => options.AddInterceptors(Instance);

    internal static bool IsIn(DbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(Instance) == true;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Prepend(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Prepend(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        if (Sent(eventData)) result.NextResult();
        return result;
    }

    public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
        DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (Sent(eventData)) await result.NextResultAsync(cancellationToken);
        return result;
    }

    private static void Prepend(DbCommand command, CommandEventData eventData)
    {
        if (eventData.CommandSource == CommandSource.SaveChanges || eventData.Context is not ModuleDbContext db) return;
        if (db.TakeStatementAhead(eventData.CommandId) is not { } ahead) return;
        command.CommandText = $"{ahead.Sql};\n{command.CommandText}";
        foreach (var (name, value) in ahead.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }

    private static bool Sent(CommandExecutedEventData eventData) =>
        eventData.Context is ModuleDbContext db && db.SentAhead(eventData.CommandId);
}

/// <summary>A statement waiting for the next query (<see cref="StatementAhead"/>), its parameters by name.</summary>
internal sealed record PendingStatement(string Sql, IReadOnlyList<(string Name, object Value)> Parameters);
