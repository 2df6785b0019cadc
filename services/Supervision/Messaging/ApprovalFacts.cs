using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>Approval's events name only the case: it is watched from intake's acceptance, which approval itself
/// waits for. Should approval's event overtake it here, the inbox waits for the acceptance (decision 0413).</summary>
public static class ApprovalFacts
{
    public static async Task<SupervisedCase> WatchedAsync(SupervisionDbContext db, Guid caseId, CancellationToken ct) =>
        await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, ct)
        ?? throw new EventOvertakenException($"Case {caseId} is not watched yet; its acceptance has not arrived.");
}
