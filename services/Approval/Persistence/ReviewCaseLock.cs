using Linkage.Approval.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Persistence;

/// <summary>Serialises decisions on one case: the case row is locked (SELECT … FOR UPDATE) for the rest of the
/// transaction, and the plan is read only after the lock is held, so each decision joins on the rows every
/// earlier decision committed. Two last approvals at once: the second waits, then sees the first.</summary>
public static class ReviewCaseLock
{
    public static async Task<ReviewCase> LockAsync(this ApprovalDbContext db, Guid caseId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM approval.review_cases WHERE \"Id\" = {caseId} FOR UPDATE", ct);
        return await db.Cases.Include(c => c.Tasks).SingleAsync(c => c.Id == caseId, ct);
    }
}
