namespace Linkage.VideoReview.Recording;

public sealed record RecordingBlob(Guid RecordingId, byte[] Content);
