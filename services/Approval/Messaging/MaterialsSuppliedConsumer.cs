using Linkage.Approval.Domain;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Messaging;

/// <summary>The applicant supplied what a department asked for (补正): the case's clock runs again and every open
/// deadline moves by the working days it stood still, and a rejection approved meanwhile for the department that asked is recorded. A case not waiting for a supplement is left alone, so a
/// redelivered or late message changes nothing.</summary>
public sealed class MaterialsSuppliedConsumer(ApprovalDbContext db, TimeProvider clock)
    : InboxConsumer<MaterialsSupplied, ApprovalDbContext>(db)
{
    protected override Guid? TurnOf(MaterialsSupplied m) => m.CaseId;

    protected override async Task Handle(MaterialsSupplied message, ConsumeContext<MaterialsSupplied> context)
    {
        var ct = context.CancellationToken;
        if (!await Db.Cases.AnyAsync(c => c.Id == message.CaseId && c.ClockStopKind == ClockStopKind.Supplement, ct)) return;

        var @case = await Db.LockAsync(message.CaseId, ct);
        if (@case.ClockStopKind != ClockStopKind.Supplement) return;
        var now = clock.GetUtcNow();
        var resumed = @case.ResumeClock(WorkingDayCalendar.China, now)!;
        Db.Timeline.AddRange(@case.Timeline);
        Db.Publish(ReviewEvents.ClockResumed(@case, resumed, now), @case.Id.ToString());
        foreach (var e in @case.ResumedRejection(resumed)) Db.Publish(e, @case.Id.ToString()); // decision 0577
    }
}
