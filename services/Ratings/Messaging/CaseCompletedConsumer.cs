using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using MassTransit;

namespace Linkage.Ratings.Messaging;

/// <summary>办结: the case can now be rated by its applicant, and one invitation goes out on the channel where it was
/// handled, open for the rating period from completion. Instant cases are known from here only. A case forwarded from
/// a station of another deployment is invited there (decision 0628): an invitation here could never be used, since
/// the resident's ID digest is that deployment's.</summary>
public sealed class CaseCompletedConsumer(RatingsDbContext db, RatingsSettings settings, FederationOptions federation)
    : InboxConsumer<CaseCompleted, RatingsDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // no locks, tracked rows only (decision 0619)

    protected override Task Handle(CaseCompleted m, ConsumeContext<CaseCompleted> context) =>
        RateableCases.CompletedAsync(Db, settings, RateableCase.Know(
                m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision, m.SubmittedAtOrgUnitId, m.SubmittedAtDivision, m.ApplicantIdDigest),
            m.CompletedAt, m.Channel, invite: federation.Scope.Covers(m.SubmittedAtDivision), context.CancellationToken);
}
