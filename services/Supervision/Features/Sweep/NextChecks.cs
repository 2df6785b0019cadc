using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Sweep;

/// <summary>The swept cases' next checks in one statement (the cases were read untracked and are locked by the
/// sweep's claim, so nothing else has changed them meanwhile).</summary>
public static class NextChecks
{
    public static Task WriteAsync(SupervisionDbContext db, Guid[] ids, DateOnly?[] next, CancellationToken ct) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE supervision.cases AS c SET "NextCheckOn" = n.next
            FROM unnest({ids}, {next}) AS n(id, next) WHERE c."Id" = n.id
            """, ct);
}
