using Linkage.Ratings.Domain.Rules;
using Linkage.Kernel.Rules;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Linkage.Ratings.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.RateCase;

/// <summary>The caller's own invitation the rating goes through, tracked so that using it is saved with the rating;
/// or why there is none. Someone else's token or case is not found (404).</summary>
public static class InvitationLookup
{
    public static async Task<(RatingInvitation? Invitation, RateableCase? Case, ProblemHttpResult? Problem)> FindAsync(
        RatingsDbContext db, ValidRating input, CallerContext caller, DateTimeOffset now, CancellationToken ct)
    {
        // A hall kiosk (自助终端) has no identity of its own: the invitation's token the resident brings stands for the
        // applicant it was issued to, and only a token does (decision 0514).
        var kiosk = caller.Has(Roles.Kiosk);
        var (caseId, digest) = (kiosk ? null : input.CaseId, kiosk ? null : caller.IdDigest);
        RatingInvitation? tokened = null;
        if (input.Token is { } token)
        {
            // the token names the one invitation: read it tracked once, not again as the case's candidate (0581)
            tokened = await db.Invitations.FirstOrDefaultAsync(i => i.Token == token && (kiosk || i.ApplicantIdDigest == caller.IdDigest), ct);
            (caseId, digest) = (tokened?.CaseId, tokened?.ApplicantIdDigest);
        }
        if (caseId is null) return (null, null, Problems.NotFound("The invitation"));
        var @case = await db.Cases.AsNoTracking().RateableBy(digest).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null) return (null, null, Problems.NotFound($"Case {caseId}"));
        if (BusinessRule.FirstBroken(new CaseMustBeCompletedRule(@case)) is { } notCompleted)
            return (null, @case, Problems.Conflict(notCompleted));

        var invitation = tokened ?? await ByChannelAsync(db, @case.Id, digest, input.Channel, ct);
        return BusinessRule.FirstBroken(new InvitationOnChannelRule(invitation), new InvitationRatesOnceRule(invitation!),
                new InvitationWithinPeriodRule(invitation!, now)) is { } refusal
            ? (null, @case, Problems.Conflict(refusal))
            : (invitation, @case, null);
    }

    /// <summary>Without a token: the case's unused invitation on the channel asked for (any channel when none), else a used one.</summary>
    private static Task<RatingInvitation?> ByChannelAsync(
        RatingsDbContext db, Guid caseId, string? digest, RatingChannel? channel, CancellationToken ct) =>
        db.Invitations
            .Where(i => i.CaseId == caseId && i.ApplicantIdDigest == digest && (channel == null || i.Channel == channel))
            .OrderBy(i => i.UsedAt != null).ThenBy(i => i.IssuedAt)
            .FirstOrDefaultAsync(ct);
}
