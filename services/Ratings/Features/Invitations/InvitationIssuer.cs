using Linkage.Contracts.Events.Ratings;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Features.Invitations;

/// <summary>Issues the one invitation of a case on a channel and hands it to the notification service through the
/// outbox (RatingInvited): the pad, the station screen, the portal, or the SMS gateway delivers it.</summary>
public static class InvitationIssuer
{
    public static async Task<RatingInvitation?> IssueAsync(
        RatingsDbContext db, RateableCase @case, RatingChannel channel, string issuedBy, DateTimeOffset now, TimeSpan validFor,
        CancellationToken ct)
    {
        if (await db.Invitations.AnyAsync(i => i.CaseId == @case.Id && i.Channel == channel, ct)) return null;
        return Issue(db, @case, channel, issuedBy, now, validFor);
    }

    /// <summary>As <see cref="IssueAsync"/>, where the case's invitations are loaded already (a batch, decision 0680):
    /// none if one on the channel is tracked, read or added earlier in the batch.</summary>
    public static RatingInvitation? IssueLoaded(
        RatingsDbContext db, RateableCase @case, RatingChannel channel, string issuedBy, DateTimeOffset now, TimeSpan validFor) =>
        db.Tracked<RatingInvitation>(i => i.CaseId == @case.Id && i.Channel == channel) is not null ? null : Issue(db, @case, channel, issuedBy, now, validFor);

    private static RatingInvitation Issue(
        RatingsDbContext db, RateableCase @case, RatingChannel channel, string issuedBy, DateTimeOffset now, TimeSpan validFor)
    {
        var invitation = RatingInvitation.Issue(@case, channel, issuedBy, now, validFor);
        db.Invitations.Add(invitation);
        db.Publish(new RatingInvited(invitation.Id, @case.Id, @case.CaseNumber, channel.WireName(), @case.ApplicantIdDigest,
            invitation.Token, invitation.IssuedAt, invitation.ExpiresAt), @case.Id.ToString());
        return invitation;
    }
}
