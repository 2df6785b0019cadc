using Linkage.Contracts.Federation;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Json;

namespace Linkage.Ratings.Features.RelayedRectifications;

/// <summary>At the unit that handled a forwarded case: each step of the rectification of a rating the station's
/// deployment relayed goes back down to it, signed, in the step's transaction (decision 0519), so the rater reads
/// there what the unit did. The state as the rater's view shows it; no notes, no one who acted.</summary>
public static class RectificationRelay
{
    public static void Tell(RatingsDbContext db, Rectification r, string step, DateTimeOffset at)
    {
        if (r is not { Mirror: false, RelayedFrom: { } station }) return;
        var change = new RectificationChanged(r.RatingId, r.Id, r.CaseId, r.HandlingDivision, station, step, Wire(r.Status),
            r.Resolution is { } resolution ? Wire(resolution) : null, r.Result, r.OpenedAt, r.VisitedAt, r.FedBackAt, r.AppealUpheld,
            r.FollowUpGrade, r.FollowUpComment, r.ClosedAt, at, r.NextSentDown());
        db.PublishFederated(change, new FederationRoute(RectificationChanged.Type, r.RatingId.ToString(), station));
    }

    /// <summary>What a mirror follows, read back from the wire; null when a status or resolution is not one of ours.</summary>
    public static RectificationState? StateOf(RectificationChanged c)
    {
        if (!KebabEnum.TryParse(c.Status, out RectificationStatus status)) return null;
        Resolution? resolution = null;
        if (c.Resolution is { } text)
        {
            if (!KebabEnum.TryParse(text, out Resolution parsed)) return null;
            resolution = parsed;
        }
        return new RectificationState(status, resolution, c.Result, c.VisitedAt, c.FedBackAt, c.AppealUpheld, c.FollowUpGrade,
            c.FollowUpComment, c.ClosedAt);
    }

    private static string Wire<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
