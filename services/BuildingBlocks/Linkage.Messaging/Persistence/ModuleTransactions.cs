using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linkage.Messaging;

/// <summary>Tells a <see cref="ModuleDbContext"/> when one of its transactions begins and when an explicit one
/// commits. A start, EF's own for a save or its caller's, makes the statements sent with a save go in the first batch
/// again: an attempt EF retries inside one save opens a new transaction on the same connection, and Npgsql hands back
/// the same transaction object for it (0790). A commit wakes the module's outbox dispatcher, however the caller
/// committed (0015).</summary>
public sealed class ModuleTransactions : DbTransactionInterceptor
{
    private static readonly ModuleTransactions Instance = new();

    private ModuleTransactions() { }

    public static DbContextOptionsBuilder AddTo(DbContextOptionsBuilder options) => options.AddInterceptors(Instance);

    internal static bool IsIn(DbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(Instance) == true;

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        (eventData.Context as ModuleDbContext)?.TransactionBegan();
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
        DbTransaction result, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ModuleDbContext)?.TransactionBegan();
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ModuleDbContext)?.WakeDispatcher();

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ModuleDbContext)?.WakeDispatcher();
        return Task.CompletedTask;
    }
}
