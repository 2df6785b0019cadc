using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using MassTransit;

namespace Linkage.Ratings.Messaging;

/// <summary>Learns of a case when it is accepted, so that rating it before it is finished answers 409, not 404.</summary>
public sealed class CaseAcceptedConsumer(RatingsDbContext db) : InboxConsumer<CaseAccepted, RatingsDbContext>(db)
{
    protected override bool AppliesInOneBatch => true;

    protected override Task Handle(CaseAccepted m, ConsumeContext<CaseAccepted> context) =>
        RateableCases.FindOrKnowAsync(Db, RateableCase.Know(
            m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision, m.SubmittedAtOrgUnitId, m.SubmittedAtDivision, m.Applicant.IdDigest), context.CancellationToken);
}
