using Linkage.Approval.Domain;
using Linkage.Approval.Features.DecideTask;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Events.Office;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Messaging;

/// <summary>否定报备 approved (decision 0562): the held rejection is recorded now, in the proposing reviewer's name,
/// with the filed reason, and the join does the rest. A task decided meanwhile is left as it is (as intake leaves a case
/// that moved on); one whose own stop holds the clock is rejected when the clock runs again (decision 0577).</summary>
public sealed class RejectionApprovedConsumer(ApprovalDbContext db) : InboxConsumer<RejectionApproved, ApprovalDbContext>(db)
{
    protected override Guid? TurnOf(RejectionApproved m) => m.CaseId;

    protected override async Task Handle(RejectionApproved m, ConsumeContext<RejectionApproved> context)
    {
        var ct = context.CancellationToken;
        if (!await Db.Tasks.AnyAsync(t => t.Id == m.TaskId && t.CaseId == m.CaseId && t.Status == ReviewTaskStatus.Pending, ct)) return;
        var @case = await Db.LockAsync(m.CaseId, ct);
        var approved = new ApprovedRejection(m.Reason, m.LegalBasis, m.ProposedBy, m.ProposedByName, m.ApprovedAt);
        ReviewOutbox.Announce(Db, @case, @case.ApproveRejection(m.TaskId, approved));
        Db.Timeline.AddRange(@case.Timeline);
    }
}
