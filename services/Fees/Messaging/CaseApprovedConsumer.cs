using Linkage.Contracts.Events.Approval;
using Linkage.Fees.Domain;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Fees.Messaging;

/// <summary>批准: from now on a settled fee lets intake complete the case; if it is settled already, intake is told now.
/// A batch reads its cases' assessments in one statement, as its CaseAccepted does (decisions 0662, 0678).</summary>
public sealed class CaseApprovedConsumer(FeesDbContext db, FeeAssessor assessor, TimeProvider clock)
    : InboxBatchConsumer<CaseApproved, FeesDbContext>(db)
{
    protected override Task Prepare(IReadOnlyList<CaseApproved> messages, CancellationToken ct) =>
        assessor.LoadAsync(messages.Select(m => m.CaseId), ct);

    protected override async Task Handle(CaseApproved m, ConsumeContext<CaseApproved> context)
    {
        var fee = await assessor.LoadedOrAssessAsync(
            new AssessedCase(m.CaseId, m.CaseNumber, m.MatterCode, m.MatterName, m.HandlingOrgUnitId, m.HandlingDivision, "", m.HolderIdDigest),
            m.ImplementationCode, m.ImplementationVersion, m.Bundle, context.CancellationToken);
        fee.Approve(m.ApprovedAt);
        FeeClearance.TellIfCleared(Db, fee, clock.GetUtcNow());
    }
}
