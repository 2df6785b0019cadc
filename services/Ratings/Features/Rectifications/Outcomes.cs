using Linkage.Contracts.Events.Ratings;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Persistence;

namespace Linkage.Ratings.Features.Rectifications;

/// <summary>The events a step announces through the outbox: the result to the rater, the closing to supervision.</summary>
public static class Outcomes
{
    public static void FedBack(RatingsDbContext db, Rectification r) =>
        db.Publish(new RectificationFedBack(r.Id, r.RatingId, r.RaterIdDigest, Wire(r.Resolution), r.Result!, r.FedBackAt!.Value), r.Id.ToString());

    public static void Closed(RatingsDbContext db, Rectification r) =>
        db.Publish(new RectificationClosed(r.Id, r.RatingId, r.HandlingOrgUnitId, r.HandlingDivision, Wire(r.Resolution),
            r.AppealUpheld, r.FollowUpGrade, r.ClosedAt!.Value, r.CaseId, r.Grade, r.OpenedAt), r.Id.ToString());

    private static string Wire(Resolution? resolution) =>
        resolution is { } value ? System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()) : "";
}
