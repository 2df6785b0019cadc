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
/// is handled in a division this deployment serves (0574, 0633); another deployment's case is not counted here.
/// The ratings waiting on the queue are applied together: their cases read in one statement, their tallies and inbox
/// rows saved in one commit (0662); an overtaking rating fails the batch, which then goes one by one (0674).</summary>
public sealed class CaseRatedConsumer(SupervisionDbContext db, FederationOptions federation) : InboxBatchConsumer<CaseRated, SupervisionDbContext>(db)
{
    protected override Guid? TurnOf(CaseRated m) => m.CaseId;

    private Dictionary<Guid, SupervisedCase> cases = [];

    protected override async Task Prepare(IReadOnlyList<CaseRated> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => m.CaseId).Distinct().ToList();
        cases = await Db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
    }

    protected override Task Handle(CaseRated m, ConsumeContext<CaseRated> context)
    {
        if (!cases.TryGetValue(m.CaseId, out var @case))
        {
            if (federation.Scope.Covers(m.HandlingDivision))
                throw new EventOvertakenException($"Case {m.CaseId} is not watched yet; its acceptance has not arrived.");
            return Task.CompletedTask;
        }
        DailyCounts.Add(Db, @case, ChinaTime.ToLocalDate(m.RatedAt), Tally.Rating(m.Grade));
        return Task.CompletedTask;
    }
}
