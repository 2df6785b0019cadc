using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Problems;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.ConcludeSession;

public static class ConcludeSessionEndpoint
{
    private const string ConcludedAlready = "The session is concluded already; a conclusion is never rewritten.";

    public static void Map(RouteGroupBuilder api) => api
        .MapPost("/sessions/{id:guid}/conclusion", Handle)
        .RequireAuthorization(p => p.RequireRole(ReviewerRoles.All))
        .WithName("ConcludeVideoReviewSession")
        .WithSummary("Record the session's minutes, votes and decision; once.");

    private static async Task<Results<Ok<SessionView>, InvalidRequest, ProblemHttpResult>> Handle(
        Guid id, ConcludeSessionRequest request, HttpContext http, VideoReviewDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var caller = http.Caller();
        var session = await db.Sessions.VisibleTo(caller).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return Problems.NotFound($"Session {id}");
        if (session.Status == SessionStatus.Concluded) return Problems.Conflict(ConcludedAlready);
        var (conclusion, errors) = ConcludeSessionValidator.Validate(request, session);
        if (conclusion is null) return Problems.Invalid(errors);
        session.Conclude(conclusion, caller.Subject, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict(ConcludedAlready); // another conclusion won the race (xmin)
        }
        return TypedResults.Ok(SessionView.From(session));
    }
}
