using Linkage.ServiceDefaults.Catalog;
using Linkage.Approval.Domain;
using Linkage.Approval.Features.OpenReview;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Messaging;

/// <summary>A case was accepted (受理): open its review plan from the pinned implementation entry, with
/// ReviewOpened in the same transaction. A one-thing case opens one plan over every leg's pinned entry. Applied
/// once per message (inbox) and once per case (primary key).</summary>
public sealed class CaseAcceptedConsumer(ApprovalDbContext db, CatalogLookup catalog, ReviewPlanner planner)
    : InboxConsumer<CaseAccepted, ApprovalDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // reads without locks, writes tracked rows only (decision 0606)

    protected override async Task Handle(CaseAccepted message, ConsumeContext<CaseAccepted> context)
    {
        var ct = context.CancellationToken;
        if (await Db.Cases.AnyAsync(c => c.Id == message.CaseId, ct)) return;

        var @case = message.Bundle is { } bundle
            ? planner.OpenBundle(message, await LegsAsync(bundle, ct))
            : planner.Open(message, await catalog.PinnedImplementationAsync(message.ImplementationCode, message.ImplementationVersion, ct));
        Db.Cases.Add(@case);
        Db.Timeline.AddRange(@case.Timeline);
        Db.Publish(ReviewEvents.Opened(@case), @case.Id.ToString());
    }

    private async Task<IReadOnlyList<Implementation>> LegsAsync(BundleSummary bundle, CancellationToken ct)
    {
        var legs = new List<Implementation>(bundle.Legs.Count);
        foreach (var leg in bundle.Legs) legs.Add(await catalog.PinnedImplementationAsync(leg.ImplementationCode, leg.ImplementationVersion, ct));
        return legs;
    }
}
