using Linkage.VideoReview.Domain;
using Linkage.VideoReview.Features.Shared;
using Linkage.VideoReview.Media;
using Linkage.VideoReview.Messaging;
using Linkage.VideoReview.Persistence;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.CreateSession;

/// <summary>Schedules a session on a case the creator can see; a retry with the same Idempotency-Key returns the
/// first session.</summary>
public sealed class CreateSessionHandler(VideoReviewDbContext db, IMediaServer media, TimeProvider clock)
{
    public async Task<Results<Created<SessionView>, InvalidRequest, ProblemHttpResult, VideoUnavailable>> HandleAsync(
        CreateSessionRequest request, string? idempotencyKey, CallerContext caller, CancellationToken ct)
    {
        if (idempotencyKey is { Length: > SessionLimits.IdempotencyKeyLength })
            return Problems.Invalid("idempotencyKey", $"The Idempotency-Key header is at most {SessionLimits.IdempotencyKeyLength} characters.");
        if (await SessionReplay.FindAsync(db, caller.Subject, idempotencyKey, ct) is { } earlier) return Created(earlier);
        if (caller.Division is null) return Problems.NotFound("Your division");

        var now = clock.GetUtcNow();
        var (input, errors) = CreateSessionValidator.Validate(request, now);
        if (input is null) return Problems.Invalid(errors);
        var @case = await db.Cases.AsNoTracking().VisibleTo(db.Plans, caller).FirstOrDefaultAsync(c => c.Id == input.CaseId, ct);
        if (@case is null) return Problems.Invalid("caseId", "No accepted case with this id in your area.");

        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == @case.Id, ct);
        if (PlanSeats.Check(input, plan) is { Any: true } outside) return Problems.Invalid(outside);

        var creator = new SessionCreator(caller.Subject, caller.Name, caller.OrgUnitId, caller.SubtreeDivision());
        MediaRoom room;
        try
        {
            room = await media.CreateRoomAsync($"{@case.CaseNumber} {input.Purpose}", ct);
        }
        catch (MediaServerUnavailableException e)
        {
            return VideoUnavailable.Because(e);
        }
        var session = ReviewSession.Schedule(@case, input, creator, room, now, idempotencyKey);
        db.Sessions.Add(session);
        db.Publish(SessionEvents.Scheduled(session), session.Id.ToString());
        db.Audit(caller, "video-session.scheduled", "video-session", session.Id.ToString(), new { caseId = session.CaseId });
        if (await SessionReplay.SaveAsync(db, ct)) return Created(session);
        await RoomCleanup.DestroyQuietlyAsync(media, room, ct); // a concurrent retry won; its session has its own room
        return await SessionReplay.FindAsync(db, caller.Subject, idempotencyKey, ct) is { } first
            ? Created(first)
            : Problems.Conflict("The session could not be created; retry.");
    }

    private static Created<SessionView> Created(ReviewSession s) =>
        TypedResults.Created($"/api/video-review/sessions/{s.Id}", SessionView.From(s));
}
