using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linkage.Messaging;

/// <summary>Wakes the module's outbox dispatcher after any explicit transaction of a <see cref="ModuleDbContext"/>
/// commits, however the caller committed it.</summary>
public sealed class WakeOnCommit : DbTransactionInterceptor
{
    private static readonly WakeOnCommit Instance = new();

    private WakeOnCommit() { }

    public static DbContextOptionsBuilder AddTo(DbContextOptionsBuilder options) => options.AddInterceptors(Instance);

    internal static bool IsIn(DbContextOptions options) =>
        options.FindExtension<CoreOptionsExtension>()?.Interceptors?.Contains(Instance) == true;

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ModuleDbContext)?.WakeDispatcher();

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ModuleDbContext)?.WakeDispatcher();
        return Task.CompletedTask;
    }
}
