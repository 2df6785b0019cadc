using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Invitations;

/// <summary>An invitation as its rater (or the pad showing it) sees it: the token to rate with, and which
/// indicator set the channel is rated with.</summary>
public sealed record InvitationView(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    RatingChannel Channel,
    string IndicatorSet,
    string Token,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? UsedAt)
{
    public static InvitationView From(RatingInvitation i, RateableCase c) => new(
        i.Id, c.Id, c.CaseNumber, c.MatterCode, i.Channel, NationalIndicators.SetFor(i.Channel), i.Token, i.IssuedAt, i.ExpiresAt, i.UsedAt);
}
