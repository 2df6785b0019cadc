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
    public static async Task<(RatingInvitation? Invitation, RateableCase? Case, string? Stamp, ProblemHttpResult? Problem)> FindAsync(
        RatingsDbContext db, ValidRating input, CallerContext caller, DateTimeOffset now, CancellationToken ct)
    {
        // A hall kiosk (自助终端) has no identity of its own: the invitation's token the resident brings stands for the
        // applicant it was issued to, and only a token does (decision 0514).
        var kiosk = caller.Has(Roles.Kiosk);
        RatingInvitation? invitation = null;
        RateableCase? @case;
        string? stamp = null;
        if (input.Token is { } token)
        {
            // the token names the one invitation: it and its case in one round trip (0587)
            (invitation, @case, stamp) = await ByTokenAsync(db, token, kiosk ? null : caller.IdDigest ?? "", ct);
            if (invitation is null) return (null, null, null, Problems.NotFound("The invitation"));
        }
        else if (kiosk || input.CaseId is not { } caseId) return (null, null, null, Problems.NotFound("The invitation"));
        else @case = await db.Cases.AsNoTracking().RateableBy(caller.IdDigest).FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (@case is null) return (null, null, null, Problems.NotFound($"Case {invitation?.CaseId ?? input.CaseId}"));
        if (BusinessRule.FirstBroken(new CaseMustBeCompletedRule(@case)) is { } notCompleted)
            return (null, @case, null, Problems.Conflict(notCompleted));

        invitation ??= await ByChannelAsync(db, @case.Id, caller.IdDigest, input.Channel, ct);
        stamp ??= await ReferenceStamp.ReadAsync(db, ct);
        return BusinessRule.FirstBroken(new InvitationOnChannelRule(invitation), new InvitationRatesOnceRule(invitation!),
                new InvitationWithinPeriodRule(invitation!, now)) is { } refusal
            ? (null, @case, null, Problems.Conflict(refusal))
            : (invitation, @case, stamp, null);
    }

    /// <summary>The invitation (tracked) of the token, the caller's own unless <paramref name="digest"/> is null (a kiosk),
    /// with its case as its applicant may rate it (none when the case is unknown) and the reference data's stamp.</summary>
    private static async Task<(RatingInvitation? Invitation, RateableCase? Case, string? Stamp)> ByTokenAsync(
        RatingsDbContext db, string token, string? digest, CancellationToken ct)
    {
        var found = await (
                from i in db.Invitations
                where i.Token == token && (digest == null || i.ApplicantIdDigest == digest)
                join c in db.Cases.Where(c => c.ApplicantIdDigest != "") on new { i.CaseId, i.ApplicantIdDigest }
                    equals new { CaseId = c.Id, c.ApplicantIdDigest } into cases
                from c in cases.DefaultIfEmpty()
                select new
                {
                    Invitation = i,
                    Case = c,
                    Stamp = RatingsDbContext.ReferenceStamp(),
                })
            .AsTracking().FirstOrDefaultAsync(ct);
        if (found?.Case is { } @case) db.Entry(@case).State = EntityState.Detached; // read only, as by RateableBy
        return (found?.Invitation, found?.Case, found?.Stamp);
    }

    /// <summary>Without a token: the case's unused invitation on the channel asked for (any channel when none), else a used one.</summary>
    private static Task<RatingInvitation?> ByChannelAsync(
        RatingsDbContext db, Guid caseId, string? digest, RatingChannel? channel, CancellationToken ct) =>
        db.Invitations
            .Where(i => i.CaseId == caseId && i.ApplicantIdDigest == digest && (channel == null || i.Channel == channel))
            .OrderBy(i => i.UsedAt != null).ThenBy(i => i.IssuedAt)
            .FirstOrDefaultAsync(ct);
}
