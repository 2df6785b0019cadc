namespace Linkage.VideoReview.Media;

/// <summary>One feed in a room as the SFU lists it.</summary>
public sealed record MediaParticipant(long FeedId, string? Display, bool Publishing);
