using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linkage.Messaging;

/// <summary>Tells a <see cref="ModuleDbContext"/> that a transaction began, EF's own for a save or its caller's, so
/// the statements sent with a save go in the first batch of each: an attempt EF retries inside one save opens a new
/// transaction on the same connection, and Npgsql hands back the same transaction object for it.</summary>
public sealed class TransactionStarts : DbTransactionInterceptor
{
    private static readonly TransactionStarts Instance = new();

    private TransactionStarts() { }

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
}
