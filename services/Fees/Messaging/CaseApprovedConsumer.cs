using Linkage.Contracts.Events.Approval;
using Linkage.Fees.Domain;
using Linkage.Fees.Features.Shared;
using Linkage.Fees.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Fees.Messaging;

/// <summary>批准: from now on a settled fee lets intake complete the case; if it is settled already, intake is told now.</summary>
public sealed class CaseApprovedConsumer(FeesDbContext db, FeeAssessor assessor, TimeProvider clock)
    : InboxConsumer<CaseApproved, FeesDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // as its CaseAccepted (0606): tracked rows only (decision 0619)

    protected override async Task Handle(CaseApproved m, ConsumeContext<CaseApproved> context)
    {
        var fee = await assessor.FindOrAssessAsync(
            new AssessedCase(m.CaseId, m.CaseNumber, m.MatterCode, m.MatterName, m.HandlingOrgUnitId, m.HandlingDivision, "", m.HolderIdDigest),
            m.ImplementationCode, m.ImplementationVersion, m.Bundle, context.CancellationToken);
        fee.Approve(m.ApprovedAt);
        FeeClearance.TellIfCleared(Db, fee, clock.GetUtcNow());
    }
}
