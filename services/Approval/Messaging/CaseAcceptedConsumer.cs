using Linkage.ServiceDefaults.Catalog;
using Linkage.Approval.Domain;
using Linkage.Approval.Features.OpenReview;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Approval.Messaging;

/// <summary>A case was accepted (受理): open its review plan from the pinned implementation entry, with
/// ReviewOpened in the same transaction. A one-thing case opens one plan over every leg's pinned entry. Applied
/// once per message (inbox) and once per case (primary key); the accepted cases waiting on the queue are opened
/// together, their known ids read in one statement (decisions 0662, 0675).</summary>
public sealed class CaseAcceptedConsumer(ApprovalDbContext db, CatalogLookup catalog, ReviewPlanner planner)
    : InboxBatchConsumer<CaseAccepted, ApprovalDbContext>(db)
{
    private HashSet<Guid> known = [];

    protected override async Task Prepare(IReadOnlyList<CaseAccepted> messages, CancellationToken ct) =>
        known = await KnownCases.AmongAsync(Db.Cases.Select(c => c.Id), messages.Select(m => m.CaseId), ct);

    protected override async Task Handle(CaseAccepted message, ConsumeContext<CaseAccepted> context)
    {
        if (!known.Add(message.CaseId)) return;
        var ct = context.CancellationToken;
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
