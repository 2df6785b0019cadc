using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Features.Recordings;

/// <summary>A recording's metadata; <see cref="MediaDeletedAt"/> is set once its retention ended (the hash stays).</summary>
public sealed record RecordingView(
    Guid Id, long FeedId, string Track, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset StoredAt,
    DateTimeOffset RetainUntil, DateTimeOffset? MediaDeletedAt)
{
    public static RecordingView From(SessionRecording r) =>
        new(r.Id, r.FeedId, r.Track, r.FileName, r.ContentType, r.Size, r.Sha256, r.StoredAt, r.RetainUntil, r.MediaDeletedAt);
}
