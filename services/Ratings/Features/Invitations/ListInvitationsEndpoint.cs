using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Invitations;

public static class ListInvitationsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/invitations", Handle)
        .WithName("ListRatingInvitations")
        .WithSummary("The caller's own rating invitations (评价邀请), newest first; anyone else's are never listed.");

    private static async Task<Ok<Page<InvitationView>>> Handle(PageRequest page, HttpContext http, RatingsDbContext db, CancellationToken ct)
    {
        var digest = http.Caller().IdDigest;
        var rows = await db.Invitations.AsNoTracking()
            .Where(i => digest != null && i.ApplicantIdDigest == digest)
            .Join(db.Cases, i => i.CaseId, c => c.Id, (i, c) => new { i, c })
            .PageAsync(page, o => o.Desc(x => x.i.IssuedAt).Asc(x => x.i.Id), ct);
        return TypedResults.Ok(rows.Map(x => InvitationView.From(x.i, x.c)));
    }
}
