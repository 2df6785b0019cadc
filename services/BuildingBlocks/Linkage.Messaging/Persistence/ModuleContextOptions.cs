using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>What every module context's options carry: <see cref="ModuleTransactions"/>, the
/// inbox row sent with the first query (<see cref="InboxFirstStatement"/>), the statements sent last in a save
/// (<see cref="StatementsWithSave"/>) and the audit rows sent last among EF's own (<see cref="AuditLastBatchPreparer"/>).
/// Pooled contexts get them here, where their options are built (pooling forbids changing them later); any other
/// context in <see cref="ModuleDbContext"/>'s <c>OnConfiguring</c>.</summary>
public static class ModuleContextOptions
{
    public static DbContextOptionsBuilder AddTo(DbContextOptionsBuilder options) =>
        AuditLastBatchPreparer.AddTo(StatementsWithSave.AddTo(InboxFirstStatement.AddTo(ModuleTransactions.AddTo(options))));

    internal static void AddMissing(DbContextOptionsBuilder options)
    {
        if (!ModuleTransactions.IsIn(options.Options)) ModuleTransactions.AddTo(options);
        if (!InboxFirstStatement.IsIn(options.Options)) InboxFirstStatement.AddTo(options);
        if (!StatementsWithSave.IsIn(options.Options)) StatementsWithSave.AddTo(options);
        if (!AuditLastBatchPreparer.IsIn(options.Options)) AuditLastBatchPreparer.AddTo(options);
    }
}
