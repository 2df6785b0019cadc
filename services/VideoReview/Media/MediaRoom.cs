namespace Linkage.VideoReview.Media;

/// <summary>A private VideoRoom: its numeric id, the secret that administers it (server only), the pin to join, and
/// whether it records (lock_record: only this server, holding the secret, could change that).</summary>
public sealed record MediaRoom(long Id, string Secret, string Pin, bool Recorded = false);
