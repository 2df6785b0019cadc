using Linkage.VideoReview.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Recording;

/// <summary>Recording media as <c>bytea</c> rows in the module's schema, in the same transaction as their metadata.</summary>
public sealed class PostgresRecordingStore(VideoReviewDbContext db) : IRecordingStore
{
    public void Stage(Guid recordingId, byte[] content) => db.RecordingBlobs.Add(new RecordingBlob(recordingId, content));

    public async Task<byte[]?> ReadAsync(Guid recordingId, CancellationToken ct) =>
        await db.RecordingBlobs.AsNoTracking().Where(b => b.RecordingId == recordingId).Select(b => b.Content).FirstOrDefaultAsync(ct);

    public async Task DeleteAsync(Guid recordingId, CancellationToken ct)
    {
        if (await db.RecordingBlobs.FirstOrDefaultAsync(b => b.RecordingId == recordingId, ct) is { } blob) db.RecordingBlobs.Remove(blob);
    }
}
