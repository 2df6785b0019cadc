using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linkage.Messaging;

/// <summary>Sends the inbox row of <see cref="InboxTransaction"/> as the first statement of the handler's first query,
/// one round trip with it (and with the BEGIN Npgsql sends with the first command) instead of a round trip of its own
/// (decision 0654). The row is a plain insert: a duplicate fails on the inbox key before the query runs, and a concurrent
/// one waits on the key until the first commits, as the insert of its own did. A command that is not a query (raw SQL,
/// a scalar) gets the insert on its own round trip first, since the insert's row would count in its result; a save's
/// batch gets none: the transaction adds the row to the save instead.</summary>
public sealed class InboxFirstStatement : DbCommandInterceptor
{
    private static readonly InboxFirstStatement Instance = new();

    private InboxFirstStatement() { }

    public static DbContextOptionsBuilder AddTo(DbContextOptionsBuilder options) => options.AddInterceptors(Instance);

    internal static bool IsIn(DbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(Instance) == true;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        if (Take(eventData) is { } pending) Prepend(command, pending);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData) is { } pending) Prepend(command, pending);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        AloneFirst(command, eventData, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        AloneFirstAsync(command, eventData, result, cancellationToken);

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        AloneFirst(command, eventData, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        AloneFirstAsync(command, eventData, result, cancellationToken);

    private static PendingInbox? Take(CommandEventData eventData) =>
        eventData.CommandSource != CommandSource.SaveChanges && eventData.Context is ModuleDbContext db ? db.TakePendingInbox() : null;

    /// <summary>A command built by hand on the context's connection: the delivery's inbox row not sent yet goes first in
    /// it, as this interceptor puts it before an EF query, so a repeat fails on its key before it reads or locks.</summary>
    public static void PrependPending(DbContext context, DbCommand command)
    {
        if (context is ModuleDbContext db && db.TakePendingInbox() is { } pending) Prepend(command, pending);
    }

    private static void Prepend(DbCommand command, PendingInbox pending)
    {
        command.CommandText = $"{pending.Sql};\n{command.CommandText}";
        AddParameters(command, pending);
    }

    private static T AloneFirst<T>(DbCommand command, CommandEventData eventData, T result)
    {
        if (Take(eventData) is not { } pending) return result;
        using var insert = Insert(command, pending);
        insert.ExecuteNonQuery();
        return result;
    }

    private static async ValueTask<T> AloneFirstAsync<T>(DbCommand command, CommandEventData eventData, T result, CancellationToken ct)
    {
        if (Take(eventData) is not { } pending) return result;
        await using var insert = Insert(command, pending);
        await insert.ExecuteNonQueryAsync(ct);
        return result;
    }

    private static DbCommand Insert(DbCommand command, PendingInbox pending)
    {
        var insert = command.Connection!.CreateCommand();
        insert.Transaction = command.Transaction;
        insert.CommandText = pending.Sql;
        AddParameters(insert, pending);
        return insert;
    }

    private static void AddParameters(DbCommand command, PendingInbox pending)
    {
        foreach (var (name, value) in new (string, object)[] { (PendingInbox.IdParameter, pending.MessageId), (PendingInbox.ConsumerParameter, pending.Consumer) })
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }
}

/// <summary>The inbox row of a delivery in <see cref="InboxTransaction"/>, not yet sent.</summary>
internal sealed record PendingInbox(Guid MessageId, string Consumer, string Sql)
{
    public const string IdParameter = "inbox_message_id";
    public const string ConsumerParameter = "inbox_consumer";

    public InboxMessage Row() => new() { MessageId = MessageId, Consumer = Consumer, ProcessedAt = DateTimeOffset.UtcNow };
}
