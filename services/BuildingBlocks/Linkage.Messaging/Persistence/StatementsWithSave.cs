using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Internal;

namespace Linkage.Messaging;

/// <summary>Sends the statements queued with <see cref="ModuleDbContext.SendWithSave"/> as the last statements of the
/// save's batch (decision 0754): a write whose row is chosen by the database (take this row if it is there, else insert
/// that one) goes in the save's round trip instead of a read of its own before it. Last, so EF reads its own commands'
/// results where it expects them; in the batch, so it commits or rolls back with the save (one implicit transaction
/// without BEGIN, or the save's transaction). A retried save sends them again with its new attempt.</summary>
public sealed class StatementsWithSave : DbCommandInterceptor
{
    private static readonly StatementsWithSave Instance = new();

    private StatementsWithSave() { }

    public static DbContextOptionsBuilder AddTo(DbContextOptionsBuilder options) => options.AddInterceptors(Instance);

    internal static bool IsIn(DbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(Instance) == true;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Append(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Append(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Refuse(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData);
        return ValueTask.FromResult(result);
    }

    private static void Append(DbCommand command, CommandEventData eventData)
    {
        if (eventData.CommandSource != CommandSource.SaveChanges || eventData.Context is not ModuleDbContext db) return;
        var statements = db.StatementsFor(command.Transaction);
        if (statements.Count == 0) return;
        var text = command.CommandText;
        for (var s = 0; s < statements.Count; s++) text = string.Concat(text, ";\n", statements[s].AppendTo(command, s));
        command.CommandText = text;
    }

    /// <summary>Whether the tracker holds an added or deleted entity, a command EF cannot skip, read off the state
    /// manager's counts without detecting changes or walking the entries.</summary>
    public static bool HasInsertOrDelete(DbContext db)
    {
#pragma warning disable EF1001 // the state manager's counts are internal API
        return ((IDbContextDependencies)db).StateManager.GetCountForState(added: true, deleted: true) > 0;
#pragma warning restore EF1001
    }

    /// <summary>A save EF sends without reading results would count the statements' rows as its own.</summary>
    private static void Refuse(CommandEventData eventData)
    {
        if (eventData.CommandSource == CommandSource.SaveChanges && eventData.Context is ModuleDbContext db && db.HasStatementsWithSave)
            throw new InvalidOperationException("Statements sent with a save need a batch EF reads results of.");
    }
}
