using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using MassTransit;

namespace Linkage.Ratings.Messaging;

/// <summary>At the station's deployment: a case it forwarded was finished by the competent unit of another deployment.
/// The resident rates here, where she was served and where her ID digest is known; the rating goes up (decision 0628).</summary>
public sealed class ForwardedCaseCompletedConsumer(RatingsDbContext db, RatingsSettings settings)
    : InboxConsumer<ForwardedCaseCompleted, RatingsDbContext>(db)
{
    protected override Task Handle(ForwardedCaseCompleted m, ConsumeContext<ForwardedCaseCompleted> context) =>
        RateableCases.CompletedAsync(Db, settings, RateableCase.Know(
                m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision, m.SubmittedAtOrgUnitId, m.SubmittedAtDivision, m.ApplicantIdDigest),
            m.CompletedAt, m.Channel, invite: true, context.CancellationToken);
}
