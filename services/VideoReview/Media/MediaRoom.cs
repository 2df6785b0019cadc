namespace Linkage.VideoReview.Media;

/// <summary>A private VideoRoom: its numeric id, the secret that administers it (server only) and the pin to join.</summary>
public sealed record MediaRoom(long Id, string Secret, string Pin);
