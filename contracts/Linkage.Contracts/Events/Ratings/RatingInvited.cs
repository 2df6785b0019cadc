namespace Linkage.Contracts.Events.Ratings;

/// <summary>An invitation to rate (评价邀请) went out on the channel where the case was handled. The notification
/// service delivers it: to the window pad, the village station screen, the portal, or as a text message (SMS).
/// The token is single-use and bound to the case and the channel.</summary>
public sealed record RatingInvited(
    Guid InvitationId,
    Guid CaseId,
    string CaseNumber,
    string Channel,
    string ApplicantIdDigest,
    string Token,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt);
