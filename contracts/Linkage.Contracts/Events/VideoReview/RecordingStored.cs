namespace Linkage.Contracts.Events.VideoReview;

/// <summary>A track of a session's recording was converted and stored as evidence of the joint review (会议录像):
/// its SHA-256 identifies the media for as long as the case's record lasts, also after the media's retention ends.</summary>
public sealed record RecordingStored(
    Guid RecordingId,
    Guid SessionId,
    Guid CaseId,
    string Track,            // "audio" | "video"
    string FileName,
    long Size,
    string Sha256,
    DateTimeOffset StoredAt,
    DateTimeOffset RetainUntil);
