using Linkage.VideoReview.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.Recordings;

public static class ListRecordingsEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/sessions/{id:guid}/recordings", Handle)
        .RequireAuthorization()
        .WithName("ListVideoReviewRecordings")
        .WithSummary("The session's recorded tracks with their SHA-256 and retention, for its participants and the subtree's supervisors.");

    private static async Task<Results<Ok<Page<RecordingView>>, ProblemHttpResult>> Handle(
        Guid id, PageRequest page, HttpContext http, VideoReviewDbContext db, CancellationToken ct)
    {
        if (await RecordingAccess.FindAsync(db, http.Caller(), id, ct) is null) return Problems.NotFound($"Session {id}");
        var recordings = await db.Recordings.AsNoTracking().Where(r => r.SessionId == id)
            .PageAsync(page, o => o.Asc(r => r.StoredAt).Asc(r => r.FileName).Asc(r => r.Id), ct, withTotal: true);
        return TypedResults.Ok(recordings.Map(RecordingView.From));
    }
}
