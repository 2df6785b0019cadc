using Linkage.Contracts.Events.Ratings;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>评价: a rating counts towards satisfaction on the day it was given, under the case's unit and matter.
/// A rating of a case supervision never watched (another deployment's) is not counted.</summary>
public sealed class CaseRatedConsumer(SupervisionDbContext db) : InboxConsumer<CaseRated, SupervisionDbContext>(db)
{
    /// <summary>Reads the case without a lock and only queues a tally: its delta row and the inbox row go as one batch (0594, 0604).</summary>
    protected override bool AppliesInOneBatch => true;

    protected override async Task Handle(CaseRated m, ConsumeContext<CaseRated> context)
    {
        var @case = await Db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == m.CaseId, context.CancellationToken);
        if (@case is null) return;
        DailyCounts.Add(Db, @case, ChinaTime.ToLocalDate(m.RatedAt), Tally.Rating(m.Grade));
    }
}
