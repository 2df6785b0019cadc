using Linkage.Contracts.Federation;
using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Messaging;

/// <summary>Marks a case completed and announces it: CaseCompleted inside the deployment, and the status
/// back down to the station over the federation bus when the case was forwarded.</summary>
public static class CaseCompletion
{
    public static async Task CompleteAsync(IntakeDbContext db, Guid caseId, string outcome, DateTimeOffset at, TimeProvider clock, CancellationToken ct)
    {
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null || !@case.Complete(outcome, at)) return;

        CaseOutbox.Announce(db, @case, clock);
        CaseOutbox.Upstream(db, @case, CaseStatusChanged.Completed, at, outcome);
    }
}
