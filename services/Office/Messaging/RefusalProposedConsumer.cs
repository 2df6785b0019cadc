using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Office.Domain;
using Linkage.Office.Persistence;
using MassTransit;

namespace Linkage.Office.Messaging;

/// <summary>A clerk means to refuse a case at a centre that approves refusals first: the refusal is held here until the
/// management decides.</summary>
public sealed class RefusalProposedConsumer(OfficeDbContext db) : InboxConsumer<RefusalProposed, OfficeDbContext>(db)
{
    protected override Task Handle(RefusalProposed m, ConsumeContext<RefusalProposed> context) => Db.HoldAsync(
        new NegativeFact(m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision, m.Reason, m.ProposedAt),
        FilingKind.Refusal, m.ProposedBy, m.ProposedByName, context.CancellationToken);
}
