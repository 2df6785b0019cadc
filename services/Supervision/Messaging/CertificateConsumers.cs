using Linkage.Contracts.Events.Certificates;
using Linkage.Messaging;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>发证: the case's first licence ends the issuance step; from now on its delivery is owed and watched.</summary>
public sealed class CertificateIssuedConsumer(SupervisionDbContext db) : InboxConsumer<CertificateIssued, SupervisionDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // the milestone's bare row before the batch, the rest in it (decision 0619)

    protected override async Task Handle(CertificateIssued m, ConsumeContext<CertificateIssued> context)
    {
        var ct = context.CancellationToken;
        await Milestones.CompleteAsync(Db, m.CaseId, MilestoneKind.Issuance, "issued", m.IssuedAt, ct);
        (await Milestones.EnsureAsync(Db, m.CaseId, MilestoneKind.Delivery, ct)).Arm();
    }
}

/// <summary>应发证: certificates found, from the catalog, that the approved case owes a licence (0596): the issuance step is
/// watched from now on, and carded by the sweep if its deadline passes with no licence issued.</summary>
public sealed class LicenceDueConsumer(SupervisionDbContext db) : InboxConsumer<LicenceDue, SupervisionDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // no locks, tracked rows only (decision 0619)

    protected override async Task Handle(LicenceDue m, ConsumeContext<LicenceDue> context) =>
        (await Milestones.EnsureAsync(Db, m.CaseId, MilestoneKind.Issuance, context.CancellationToken)).Arm();
}

/// <summary>送达: the licence reached its holder (window, village station or mail); the delivery step is done.</summary>
public sealed class CertificateDeliveredConsumer(SupervisionDbContext db) : InboxConsumer<CertificateDelivered, SupervisionDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // the milestone's bare row before the batch, the rest in it (decision 0619)

    protected override Task Handle(CertificateDelivered m, ConsumeContext<CertificateDelivered> context) =>
        Milestones.CompleteAsync(Db, m.CaseId, MilestoneKind.Delivery, m.Method, m.DeliveredAt, context.CancellationToken);
}
