using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.Invitations;
using Linkage.Ratings.Persistence;
using MassTransit;

namespace Linkage.Ratings.Messaging;

/// <summary>办结: the case can now be rated by its applicant, and one invitation goes out on the channel where it was
/// handled, open for the rating period from completion. Instant cases are known from here only.</summary>
public sealed class CaseCompletedConsumer(RatingsDbContext db, RatingsSettings settings) : InboxConsumer<CaseCompleted, RatingsDbContext>(db)
{
    protected override bool AppliesInOneBatch => true; // no locks, tracked rows only (decision 0619)

    protected override async Task Handle(CaseCompleted m, ConsumeContext<CaseCompleted> context)
    {
        var @case = await RateableCases.FindOrKnowAsync(Db, RateableCase.Know(
            m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision, m.SubmittedAtOrgUnitId, m.ApplicantIdDigest),
            context.CancellationToken);
        @case.Complete(m.CompletedAt);
        await InvitationIssuer.IssueAsync(Db, @case, HandledChannel.FromIntake(m.Channel), "system", m.CompletedAt.ToUniversalTime(),
            settings.InvitationPeriod, context.CancellationToken);
    }
}
