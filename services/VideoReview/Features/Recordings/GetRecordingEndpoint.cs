using Linkage.ServiceDefaults.Audit;
using Linkage.VideoReview.Persistence;
using Linkage.VideoReview.Recording;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.Recordings;

public static class GetRecordingEndpoint
{
    public static void Map(RouteGroupBuilder api) => api
        .MapGet("/sessions/{id:guid}/recordings/{recordingId:guid}", Handle)
        .RequireAuthorization()
        .WithName("GetVideoReviewRecording")
        .WithSummary("The recorded track's media; 410 once its retention ended (its hash is kept in the metadata).");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Handle(
        Guid id, Guid recordingId, HttpContext http, VideoReviewDbContext db, IRecordingStore store, CancellationToken ct)
    {
        if (await RecordingAccess.FindAsync(db, http.Caller(), id, ct) is null) return Problems.NotFound($"Session {id}");
        var recording = await db.Recordings.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recordingId && r.SessionId == id, ct);
        if (recording is null) return Problems.NotFound($"Recording {recordingId}");
        if (!recording.HasMedia || await store.ReadAsync(recording.Id, ct) is not { } content)
            return TypedResults.Problem($"The recording's retention ended on {recording.RetainUntil:yyyy-MM-dd}; its media were deleted. " +
                $"SHA-256 {recording.Sha256} remains on record.", statusCode: StatusCodes.Status410Gone, title: "Gone");
        db.Audit(http.Caller(), "recording.fetched", "recording", recording.Id.ToString(), new { sessionId = id, recording.Sha256 });
        await db.SaveChangesAsync(ct);
        return TypedResults.File(content, recording.ContentType, recording.FileName);
    }
}
