using Linkage.Contracts.Events.Ratings;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>差评整改 closed: counted on the day it closed under the unit, for the assessment's rectification points.
/// An upheld appeal is not a rectification: it takes the rating out of the satisfaction figures instead, on the row and
/// day <see cref="CaseRatedConsumer"/> counted it, as Ratings takes it out of its published figures (decision 0615).</summary>
public sealed class RectificationClosedConsumer(SupervisionDbContext db) : InboxConsumer<RectificationClosed, SupervisionDbContext>(db)
{
    protected override async Task Handle(RectificationClosed m, ConsumeContext<RectificationClosed> context)
    {
        if (!m.AppealUpheld)
        {
            DailyCounts.Add(Db, new CountKey(m.HandlingDivision, m.HandlingOrgUnitId, ""), ChinaTime.ToLocalDate(m.ClosedAt),
                new Tally(RectificationsClosed: 1));
            return;
        }
        if (m is not { CaseId: { } caseId, Grade: { } grade, RatedAt: { } ratedAt }) return; // sent before these were added
        var @case = await Db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, context.CancellationToken);
        if (@case is not null) DailyCounts.Add(Db, @case, ChinaTime.ToLocalDate(ratedAt), Tally.Withdrawn(grade));
    }
}

/// <summary>差评整改 overdue: a red card for the handling unit's subtree, and counted on the day ratings detected it,
/// under the unit and matter.</summary>
public sealed class RectificationOverdueConsumer(SupervisionDbContext db) : InboxConsumer<RectificationOverdue, SupervisionDbContext>(db)
{
    protected override async Task Handle(RectificationOverdue m, ConsumeContext<RectificationOverdue> context)
    {
        await AlarmCards.RaiseOnceAsync(Db, Alarm.RatingOverdue(AlarmKind.RectifyOverdue, m.RectificationId, m.MatterCode,
            m.HandlingDivision, m.Deadline, m.DetectedAt), context.CancellationToken);
        DailyCounts.Add(Db, new CountKey(m.HandlingDivision, m.HandlingOrgUnitId, m.MatterCode), ChinaTime.ToLocalDate(m.DetectedAt),
            new Tally(RectificationsOverdue: 1));
    }
}

/// <summary>差评回访 overdue: a yellow card for the handling unit's subtree.</summary>
public sealed class ReturnVisitOverdueConsumer(SupervisionDbContext db) : InboxConsumer<ReturnVisitOverdue, SupervisionDbContext>(db)
{
    protected override Task Handle(ReturnVisitOverdue m, ConsumeContext<ReturnVisitOverdue> context) =>
        AlarmCards.RaiseOnceAsync(Db, Alarm.RatingOverdue(AlarmKind.VisitOverdue, m.RectificationId, m.MatterCode,
            m.HandlingDivision, m.VisitDue, m.DetectedAt), context.CancellationToken);
}
