using Linkage.Approval.Domain;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Events.Office;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Messaging;

/// <summary>否定报备 returned (decision 0577): nothing is recorded on the task; the return goes on the case's timeline,
/// so the reviewer sees the rejection is no longer held and may decide again. A task decided meanwhile is left alone.</summary>
public sealed class RejectionReturnedConsumer(ApprovalDbContext db) : InboxConsumer<RejectionReturned, ApprovalDbContext>(db)
{
    protected override Guid? TurnOf(RejectionReturned m) => m.CaseId;

    protected override async Task Handle(RejectionReturned m, ConsumeContext<RejectionReturned> context)
    {
        var ct = context.CancellationToken;
        if (!await Db.Tasks.AnyAsync(t => t.Id == m.TaskId && t.CaseId == m.CaseId && t.Status == ReviewTaskStatus.Pending, ct)) return;
        var @case = await Db.LockAsync(m.CaseId, ct);
        @case.NoteRejectionReturned(m.TaskId, m.Note, m.ReturnedAt);
        Db.Timeline.AddRange(@case.Timeline);
    }
}
