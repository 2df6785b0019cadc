using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using MassTransit;

namespace Linkage.Ratings.Messaging;

/// <summary>Learns of a case when it is accepted, so that rating it before it is finished answers 409, not 404. A batch
/// reads its cases in one statement (decision 0662).</summary>
public sealed class CaseAcceptedConsumer(RatingsDbContext db) : InboxBatchConsumer<CaseAccepted, RatingsDbContext>(db)
{
    protected override Task Prepare(IReadOnlyList<CaseAccepted> messages, CancellationToken ct) =>
        RateableCases.LoadAsync(Db, messages.Select(m => m.CaseId), ct);

    protected override Task Handle(CaseAccepted m, ConsumeContext<CaseAccepted> context)
    {
        RateableCases.LoadedOrKnow(Db, RateableCase.Know(
            m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision, m.SubmittedAtOrgUnitId, m.SubmittedAtDivision, m.Applicant.IdDigest));
        return Task.CompletedTask;
    }
}
