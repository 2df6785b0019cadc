using System.Security.Cryptography;

namespace Linkage.Ratings.Domain;

/// <summary>评价邀请: one per case and channel, sent where the case was handled. Its token is single-use and carries
/// the channel, so a rater cannot choose the channel of a rating, nor rate one channel twice.</summary>
public sealed class RatingInvitation
{
    private RatingInvitation() { }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public RatingChannel Channel { get; private set; }
    public string Token { get; private set; } = "";
    public string ApplicantIdDigest { get; private set; } = "";
    public string IssuedBy { get; private set; } = "";
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public Guid? RatingId { get; private set; }

    public static RatingInvitation Issue(RateableCase @case, RatingChannel channel, string issuedBy, DateTimeOffset now, TimeSpan validFor) => new()
    {
        Id = Guid.CreateVersion7(now),
        CaseId = @case.Id,
        Channel = channel,
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_'),
        ApplicantIdDigest = @case.ApplicantIdDigest,
        IssuedBy = issuedBy,
        IssuedAt = now,
        ExpiresAt = now + validFor,
    };

    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;

    public void Use(Rating rating) => (UsedAt, RatingId) = (rating.RatedAt, rating.Id);
}
