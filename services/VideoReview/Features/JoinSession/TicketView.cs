using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Features.JoinSession;

/// <summary>What the join page needs to enter the room, and nothing of the server's secrets: the token admits this
/// one user, the feed id is the publisher id to join with.
/// <see cref="Recorded"/> tells the participant, before they publish, that the room records.</summary>
public sealed record TicketView(
    Guid TicketId, Guid SessionId, TicketRole Role, string Display, Uri JanusUrl, long RoomId, string Pin, string Token,
    long FeedId, DateTimeOffset ExpiresAt, bool Recorded);
