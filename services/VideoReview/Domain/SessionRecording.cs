namespace Linkage.VideoReview.Domain;

/// <summary>One converted track of a session's recording (会议录像), kept as evidence of the joint review: its
/// SHA-256 outlives the media, which is deleted when the retention period ends.</summary>
public sealed class SessionRecording
{
    private SessionRecording() { }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid CaseId { get; private set; }
    public long FeedId { get; private set; }
    public string Track { get; private set; } = "";       // "audio" | "video" | "muxed" (a participant's audio and video in one file)
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset StoredAt { get; private set; }
    public DateTimeOffset RetainUntil { get; private set; }
    public DateTimeOffset? MediaDeletedAt { get; private set; }

    public bool HasMedia => MediaDeletedAt is null;

    public static SessionRecording Store(ReviewSession session, RecordedTrack track, DateTimeOffset now, TimeSpan retention) => new()
    {
        Id = Guid.CreateVersion7(now),
        SessionId = session.Id,
        CaseId = session.CaseId,
        FeedId = track.FeedId,
        Track = track.Kind,
        FileName = track.FileName,
        ContentType = track.ContentType,
        Size = track.Content.LongLength,
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(track.Content)),
        StoredAt = now,
        RetainUntil = now + retention,
    };

    public void MediaDeleted(DateTimeOffset now) => MediaDeletedAt ??= now;
}
