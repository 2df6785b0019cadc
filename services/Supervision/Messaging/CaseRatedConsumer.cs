using Linkage.Contracts.Events.Ratings;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Messaging;

/// <summary>评价: a rating counts towards satisfaction on the day it was given, under the case's unit and matter.
/// A rating that overtook the case's acceptance (ratings rates accepted cases only) goes back to its queue when the case
/// is handled in a division this deployment serves (0574, 0633); another deployment's case is not counted here.</summary>
public sealed class CaseRatedConsumer(SupervisionDbContext db, FederationOptions federation) : InboxConsumer<CaseRated, SupervisionDbContext>(db)
{
    /// <summary>Reads the case without a lock and only queues a tally: its delta row and the inbox row go as one batch (0594, 0604).</summary>
    protected override bool AppliesInOneBatch => true;

    protected override async Task Handle(CaseRated m, ConsumeContext<CaseRated> context)
    {
        var @case = await Db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == m.CaseId, context.CancellationToken);
        if (@case is null && federation.Scope.Covers(m.HandlingDivision))
            throw new EventOvertakenException($"Case {m.CaseId} is not watched yet; its acceptance has not arrived.");
        if (@case is null) return;
        DailyCounts.Add(Db, @case, ChinaTime.ToLocalDate(m.RatedAt), Tally.Rating(m.Grade));
    }
}
