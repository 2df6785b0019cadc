using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.CreditFlags;

/// <summary>Asked only when an applicant wants materials deferred (容缺), so the plain submission path pays nothing.</summary>
public sealed class CreditRecords(IntakeDbContext db)
{
    public Task<bool> IsFlaggedAsync(string idDigest, CancellationToken ct) =>
        db.CreditFlags.AsNoTracking().AnyAsync(f => f.IdDigest == idDigest, ct);
}
