using Linkage.Fees.Domain;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Features.Assess;

/// <summary>A case's fee as the handling centre's window clerk changes it (tracked), or null (404) for anyone else.</summary>
public static class ClerkFees
{
    public static Task<FeeAssessment?> FindAsync(FeesDbContext db, Guid caseId, CallerContext caller, CancellationToken ct) =>
        db.Assessments.CollectedBy(caller).FirstOrDefaultAsync(f => f.CaseId == caseId, ct);
}
