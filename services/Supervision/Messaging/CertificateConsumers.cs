using Linkage.Contracts.Events.Certificates;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using MassTransit;

namespace Linkage.Supervision.Messaging;

/// <summary>发证: the case's first licence ends the issuance step; from now on its delivery is owed and watched.</summary>
public sealed class CertificateIssuedConsumer(SupervisionDbContext db, TimeProvider clock) : MilestoneConsumer<CertificateIssued>(db, clock)
{
    protected override Guid? TurnOf(CertificateIssued m) => m.CaseId;

    protected override Task Handle(CertificateIssued m, ConsumeContext<CertificateIssued> context)
    {
        Steps.Complete(m.CaseId, MilestoneKind.Issuance, "issued", m.IssuedAt);
        Steps.Arm(m.CaseId, MilestoneKind.Delivery);
        return Task.CompletedTask;
    }
}

/// <summary>应发证: certificates found, from the catalog, that the approved case owes a licence (0596): the issuance step is
/// watched from now on, and carded by the sweep if its deadline passes with no licence issued.</summary>
public sealed class LicenceDueConsumer(SupervisionDbContext db, TimeProvider clock) : MilestoneConsumer<LicenceDue>(db, clock)
{
    protected override Guid? TurnOf(LicenceDue m) => m.CaseId;

    protected override Task Handle(LicenceDue m, ConsumeContext<LicenceDue> context)
    {
        Steps.Arm(m.CaseId, MilestoneKind.Issuance);
        return Task.CompletedTask;
    }
}

/// <summary>送达: the licence reached its holder (window, village station or mail); the delivery step is done.</summary>
public sealed class CertificateDeliveredConsumer(SupervisionDbContext db, TimeProvider clock) : MilestoneConsumer<CertificateDelivered>(db, clock)
{
    protected override Guid? TurnOf(CertificateDelivered m) => m.CaseId;

    protected override Task Handle(CertificateDelivered m, ConsumeContext<CertificateDelivered> context)
    {
        Steps.Complete(m.CaseId, MilestoneKind.Delivery, m.Method, m.DeliveredAt);
        return Task.CompletedTask;
    }
}
