using Linkage.Contracts.Events.Approval;
using Linkage.Messaging;
using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
using Linkage.Office.Persistence;
using MassTransit;

namespace Linkage.Office.Messaging;

/// <summary>A department's reviewer means to reject its task at a centre that approves negative decisions first
/// (decision 0562): held here like a window's refusal, one filing per task, until the management decides.</summary>
public sealed class RejectionProposedConsumer(OfficeDbContext db) : InboxConsumer<RejectionProposed, OfficeDbContext>(db)
{
    protected override Task Handle(RejectionProposed m, ConsumeContext<RejectionProposed> context) => Db.HoldAsync(
        new NegativeFact(m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision, Texts.Clip(m.Reason, OfficeLimits.TextLength),
            m.ProposedAt, m.TaskId, m.DepartmentId, m.LegalBasis is null ? null : Texts.Clip(m.LegalBasis, OfficeLimits.TextLength)),
        FilingKind.Rejection, m.ProposedBy, m.ProposedByName, context.CancellationToken);
}
