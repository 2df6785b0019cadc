using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Sweep;

/// <summary>The swept cases' next checks in one statement (the cases were read untracked and are locked by the
/// sweep's claim, so nothing else has changed them meanwhile).</summary>
public static class NextChecks
{
    public static Task WriteAsync(SupervisionDbContext db, IReadOnlyList<SupervisedCase> cases, CancellationToken ct)
    {
        var ids = cases.Select(c => c.Id).ToArray();
        var next = cases.Select(c => c.NextCheckOn).ToArray();
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE supervision.cases AS c SET "NextCheckOn" = n.next
            FROM unnest({ids}, {next}) AS n(id, next) WHERE c."Id" = n.id
            """, ct);
    }
}
