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
        var invitation = RatingInvitation.Issue(@case, channel, issuedBy, now, validFor);
        db.Invitations.Add(invitation);
        db.Publish(new RatingInvited(invitation.Id, @case.Id, @case.CaseNumber, channel.WireName(), @case.ApplicantIdDigest,
            invitation.Token, invitation.IssuedAt, invitation.ExpiresAt), @case.Id.ToString());
        return invitation;
    }
}
