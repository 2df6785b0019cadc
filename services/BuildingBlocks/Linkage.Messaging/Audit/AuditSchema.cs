using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>Creates or updates the shared audit schema; every module's migration runs it (idempotent, serialised
/// by an advisory lock so modules migrating at once do not race).</summary>
public static class AuditSchema
{
    public static Task EnsureAsync(DbContext db, CancellationToken ct) => RunAsync(db, AuditSql.Ensure, ct);

    /// <summary>Runs a schema script in one transaction, retried whole by the context's execution strategy.</summary>
    internal static Task RunAsync(DbContext db, string script, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            await db.Database.ExecuteSqlRawAsync(script, token);
            await tx.CommitAsync(token);
        }, ct);
}
