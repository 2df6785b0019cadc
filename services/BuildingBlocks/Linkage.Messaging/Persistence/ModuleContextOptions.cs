using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>What every module context's options carry: <see cref="WakeOnCommit"/>, a statement sent ahead of the next
/// query (<see cref="StatementAhead"/>, added before the inbox's so the inbox row stays first), the inbox row sent with
/// the first query (<see cref="InboxFirstStatement"/>) and the audit rows sent last (<see cref="AuditLastBatchPreparer"/>). Pooled
/// contexts get them here, where their options are built (pooling forbids changing them later); any other context in
/// <see cref="ModuleDbContext"/>'s <c>OnConfiguring</c>.</summary>
public static class ModuleContextOptions
{
    public static DbContextOptionsBuilder AddTo(DbContextOptionsBuilder options) =>
        AuditLastBatchPreparer.AddTo(InboxFirstStatement.AddTo(StatementAhead.AddTo(WakeOnCommit.AddTo(options))));

    internal static void AddMissing(DbContextOptionsBuilder options)
    {
        if (!WakeOnCommit.IsIn(options.Options)) WakeOnCommit.AddTo(options);
        if (!StatementAhead.IsIn(options.Options)) StatementAhead.AddTo(options);
        if (!InboxFirstStatement.IsIn(options.Options)) InboxFirstStatement.AddTo(options);
        if (!AuditLastBatchPreparer.IsIn(options.Options)) AuditLastBatchPreparer.AddTo(options);
    }
}
