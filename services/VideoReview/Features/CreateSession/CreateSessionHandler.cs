using Linkage.ServiceDefaults.Auth;
using Linkage.ServiceDefaults.Problems;
using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.CreateSession;

/// <summary>Schedules a session on a case the creator can see; a retry with the same Idempotency-Key returns the
/// first session.</summary>
public sealed class CreateSessionHandler(VideoReviewDbContext db, TimeProvider clock)
{
    public async Task<Results<Created<SessionView>, InvalidRequest, ProblemHttpResult>> HandleAsync(
        CreateSessionRequest request, string? idempotencyKey, CallerContext caller, CancellationToken ct)
    {
        if (idempotencyKey is { Length: > SessionLimits.IdempotencyKeyLength })
            return Problems.Invalid("idempotencyKey", $"The Idempotency-Key header is at most {SessionLimits.IdempotencyKeyLength} characters.");
        if (await SessionReplay.FindAsync(db, caller.Subject, idempotencyKey, ct) is { } earlier) return Created(earlier);
        if (caller.Division is null) return Problems.NotFound("Your division");

        var now = clock.GetUtcNow();
        var (input, errors) = CreateSessionValidator.Validate(request, now);
        if (input is null) return Problems.Invalid(errors);
        var @case = await db.Cases.AsNoTracking().VisibleTo(caller).FirstOrDefaultAsync(c => c.Id == input.CaseId, ct);
        if (@case is null) return Problems.Invalid("caseId", "No accepted case with this id in your area.");

        var creator = new SessionCreator(caller.Subject, caller.Name, caller.OrgUnitId, caller.SubtreeDivision());
        var session = ReviewSession.Schedule(@case, input, creator, now, idempotencyKey);
        db.Sessions.Add(session);
        if (await SessionReplay.SaveAsync(db, ct)) return Created(session);
        return await SessionReplay.FindAsync(db, caller.Subject, idempotencyKey, ct) is { } first
            ? Created(first)
            : Problems.Conflict("The session could not be created; retry.");
    }

    private static Created<SessionView> Created(ReviewSession s) =>
        TypedResults.Created($"/api/video-review/sessions/{s.Id}", SessionView.From(s));
}
