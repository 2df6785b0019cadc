using Linkage.Approval.Domain;
using Linkage.Approval.Features.DecideTask;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Events.Office;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Messaging;

/// <summary>否定报备 approved (decision 0562): the held rejection is recorded now, in the proposing reviewer's name,
/// with the filed reason, and the join does the rest. A task decided meanwhile, or one whose own special procedure
/// holds the clock, is left as it is (as intake leaves a case that moved on).</summary>
public sealed class RejectionApprovedConsumer(ApprovalDbContext db) : InboxConsumer<RejectionApproved, ApprovalDbContext>(db)
{
    protected override async Task Handle(RejectionApproved m, ConsumeContext<RejectionApproved> context)
    {
        var ct = context.CancellationToken;
        if (!await Db.Tasks.AnyAsync(t => t.Id == m.TaskId && t.CaseId == m.CaseId && t.Status == ReviewTaskStatus.Pending, ct)) return;
        var @case = await Db.LockAsync(m.CaseId, ct);
        var decision = new DepartmentDecision(ReviewDecision.Reject, m.Reason, m.LegalBasis);
        if (@case.Decide(m.TaskId, decision, new Reviewer(m.ProposedBy, m.ProposedByName), m.ApprovedAt) is DecisionOutcome.Recorded recorded)
            ReviewOutbox.Announce(Db, @case, recorded);
        Db.Timeline.AddRange(@case.Timeline);
    }
}
