using Linkage.Contracts.Events.Intake;
using Linkage.Fees.Domain;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Fees.Messaging;

/// <summary>受理: the case's fee is assessed from the entry it pinned. An instant matter (即办件) is decided at
/// acceptance, so acceptance stands for approval: once its fee is settled, intake is told and finishes it (decision 0510).
/// A batch reads its cases' assessments in one statement (decision 0662).</summary>
public sealed class CaseAcceptedConsumer(FeesDbContext db, FeeAssessor assessor, TimeProvider clock) : InboxBatchConsumer<CaseAccepted, FeesDbContext>(db)
{
    protected override Task Prepare(IReadOnlyList<CaseAccepted> messages, CancellationToken ct) =>
        assessor.LoadAsync(messages.Select(m => m.CaseId), ct);

    protected override async Task Handle(CaseAccepted m, ConsumeContext<CaseAccepted> context)
    {
        var fee = await assessor.LoadedOrAssessAsync(
            new AssessedCase(m.CaseId, m.CaseNumber, m.MatterCode, m.MatterName, m.HandlingOrgUnitId, m.HandlingDivision, "", m.Applicant.IdDigest),
            m.ImplementationCode, m.ImplementationVersion, m.Bundle, context.CancellationToken);
        if (!m.Instant || fee.DueFen == 0) return;
        fee.Approve(m.AcceptedAt);
        FeeClearance.TellIfCleared(Db, fee, clock.GetUtcNow());
    }
}
