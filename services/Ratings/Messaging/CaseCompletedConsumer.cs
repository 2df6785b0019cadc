using Linkage.Contracts.Events.Intake;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.Invitations;
using Linkage.Ratings.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Messaging;

/// <summary>办结: the case can now be rated by its applicant, and one invitation goes out on the channel where it was
/// handled, open for the rating period from completion. Instant cases are known from here only. A case forwarded from
/// a station of another deployment is invited there (decision 0628): an invitation here could never be used, since
/// the resident's ID digest is that deployment's. A batch reads its cases and their invitations once (decision 0680).</summary>
public sealed class CaseCompletedConsumer(RatingsDbContext db, RatingsSettings settings, FederationOptions federation)
    : InboxBatchConsumer<CaseCompleted, RatingsDbContext>(db)
{
    protected override async Task Prepare(IReadOnlyList<CaseCompleted> messages, CancellationToken ct)
    {
        var ids = messages.Select(m => m.CaseId).Distinct().ToList();
        await RateableCases.LoadAsync(Db, ids, ct);
        await Db.Invitations.Where(i => ids.Contains(i.CaseId)).LoadAsync(ct);
    }

    protected override Task Handle(CaseCompleted m, ConsumeContext<CaseCompleted> context)
    {
        var @case = RateableCases.LoadedOrKnow(Db, RateableCase.Know(
            m.CaseId, m.CaseNumber, m.MatterCode, m.HandlingOrgUnitId, m.HandlingDivision, m.SubmittedAtOrgUnitId, m.SubmittedAtDivision, m.ApplicantIdDigest));
        @case.Complete(m.CompletedAt);
        if (federation.Scope.Covers(m.SubmittedAtDivision))
            InvitationIssuer.IssueLoaded(Db, @case, HandledChannel.FromIntake(m.Channel), "system", m.CompletedAt.ToUniversalTime(), settings.InvitationPeriod);
        return Task.CompletedTask;
    }
}
