namespace Linkage.VideoReview.Domain;

public enum TicketRevocation
{
    Kicked,
    Expired,
    SessionEnded,
}
