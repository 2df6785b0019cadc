using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Linkage.Messaging;

/// <summary>Wakes the module's outbox dispatcher after any explicit transaction of a <see cref="ModuleDbContext"/>
/// commits, however the caller committed it.</summary>
internal sealed class WakeOnCommit : DbTransactionInterceptor
{
    public static readonly WakeOnCommit Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ModuleDbContext)?.WakeDispatcher();

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ModuleDbContext)?.WakeDispatcher();
        return Task.CompletedTask;
    }
}
