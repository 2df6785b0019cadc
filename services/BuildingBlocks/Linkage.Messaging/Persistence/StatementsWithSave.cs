using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

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
        foreach (var statement in db.StatementsFor(command.Transaction))
        {
            var names = new object[statement.ArgumentCount];
            for (var i = 0; i < names.Length; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"with_save_{command.Parameters.Count}";
                parameter.Value = statement.GetArgument(i) ?? DBNull.Value;
                command.Parameters.Add(parameter);
                names[i] = "@" + parameter.ParameterName;
            }
            command.CommandText += ";\n" + string.Format(CultureInfo.InvariantCulture, statement.Format, names);
        }
    }

    /// <summary>A save EF sends without reading results would count the statements' rows as its own.</summary>
    private static void Refuse(CommandEventData eventData)
    {
        if (eventData.CommandSource == CommandSource.SaveChanges && eventData.Context is ModuleDbContext db && db.HasStatementsWithSave)
            throw new InvalidOperationException("Statements sent with a save need a batch EF reads results of.");
    }
}
