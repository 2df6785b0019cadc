using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>What every module context's options carry: <see cref="WakeOnCommit"/>, the inbox row sent with the first
/// query (<see cref="InboxFirstStatement"/>) and the audit rows sent last (<see cref="AuditLastBatchPreparer"/>). Pooled
/// contexts get them here, where their options are built (pooling forbids changing them later); any other context in
/// <see cref="ModuleDbContext"/>'s <c>OnConfiguring</c>.</summary>
public static class ModuleContextOptions
{
    public static DbContextOptionsBuilder AddTo(DbContextOptionsBuilder options) =>
        AuditLastBatchPreparer.AddTo(InboxFirstStatement.AddTo(WakeOnCommit.AddTo(options)));

    internal static void AddMissing(DbContextOptionsBuilder options)
    {
        if (!WakeOnCommit.IsIn(options.Options)) WakeOnCommit.AddTo(options);
        if (!InboxFirstStatement.IsIn(options.Options)) InboxFirstStatement.AddTo(options);
        if (!AuditLastBatchPreparer.IsIn(options.Options)) AuditLastBatchPreparer.AddTo(options);
    }
}
