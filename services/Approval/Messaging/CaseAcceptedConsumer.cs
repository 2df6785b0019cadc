using Linkage.Approval.Catalog;
using Linkage.Approval.Domain;
using Linkage.Approval.Features.OpenReview;
using Linkage.Approval.Persistence;
using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Approval.Messaging;

/// <summary>A case was accepted (受理): open its review plan from the pinned implementation entry, with
/// ReviewOpened in the same transaction. Applied once per message (inbox) and once per case (primary key).</summary>
public sealed class CaseAcceptedConsumer(ApprovalDbContext db, ImplementationLookup catalog, ReviewPlanner planner)
    : InboxConsumer<CaseAccepted, ApprovalDbContext>(db)
{
    protected override async Task Handle(CaseAccepted message, ConsumeContext<CaseAccepted> context)
    {
        var ct = context.CancellationToken;
        if (await Db.Cases.AnyAsync(c => c.Id == message.CaseId, ct)) return;

        var implementation = await catalog.GetAsync(message.ImplementationCode, message.ImplementationVersion, ct);
        var @case = planner.Open(message, implementation);
        Db.Cases.Add(@case);
        Db.Timeline.AddRange(@case.Timeline);
        Db.Publish(ReviewEvents.Opened(@case), @case.Id.ToString());
    }
}
