using Linkage.Contracts.Events.Intake;
using Linkage.Fees.Domain;
using Linkage.Fees.Persistence;
using Linkage.Messaging;
using MassTransit;

namespace Linkage.Fees.Messaging;

/// <summary>受理: the case's fee is assessed from the entry it pinned.</summary>
public sealed class CaseAcceptedConsumer(FeesDbContext db, FeeAssessor assessor) : InboxConsumer<CaseAccepted, FeesDbContext>(db)
{
    protected override Task Handle(CaseAccepted m, ConsumeContext<CaseAccepted> context) => assessor.FindOrAssessAsync(
        new AssessedCase(m.CaseId, m.CaseNumber, m.MatterCode, m.MatterName, m.HandlingOrgUnitId, m.HandlingDivision, "", m.Applicant.IdDigest),
        m.ImplementationCode, m.ImplementationVersion, context.CancellationToken);
}
