using Linkage.Contracts.Federation;
using Linkage.Kernel;
using Linkage.Messaging;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.RateCase;
using Linkage.Ratings.Features.Shared;
using Linkage.Ratings.Persistence;
using Linkage.ServiceDefaults.Json;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Ratings.Messaging;

/// <summary>At the unit that handled a forwarded case: the resident rated it at the station's deployment (decision 0628).
/// The rating is kept under the station's rating id, counts here, and a 差评 opens this unit's rectification, whose
/// return visit uses this deployment's own copy of the applicant. A case not handled here or not taken at the sender's
/// station, an unknown channel or grade, or a second rating on the channel is refused.</summary>
public sealed class RatingRelayedHandler(RatingsDbContext db, RegionDeadlines deadlines)
    : FederationInboxHandler<RatingRelayed, RatingsDbContext>(db)
{
    protected override async Task Handle(FederationEvent envelope, RatingRelayed payload, CancellationToken ct)
    {
        var @case = await Db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == payload.CaseId, ct)
            ?? throw new FederationRefusedException($"no case {payload.CaseId} is handled here");
        if (@case.HandlingDivision != payload.HandlingDivision || @case.SubmittedAtDivision != payload.SubmittedAtDivision)
            throw new FederationRefusedException($"case {payload.CaseId} is not {payload.HandlingDivision}'s taken at {payload.SubmittedAtDivision}");
        if (!KebabEnum.TryParse(payload.Channel, out RatingChannel channel) || !Grade.IsValid(payload.Grade))
            throw new FederationRefusedException($"channel '{payload.Channel}' or grade {payload.Grade} is not a rating's");
        // The case's own CaseCompleted may still be on its way here: retried, not refused.
        if (!@case.Completed) throw new InvalidOperationException($"Case {payload.CaseId} is not completed here yet.");
        if (await Db.Ratings.AnyAsync(r => r.CaseId == @case.Id && r.Channel == channel, ct))
            throw new FederationRefusedException($"case {payload.CaseId} is rated on {payload.Channel} already");

        var rating = Rating.Relayed(@case, new RelayedRating(payload.RatingId, channel, payload.Grade, payload.IndicatorSet,
            payload.IndicatorSetVersion, payload.Indicators, payload.Comment, payload.RatedAt));
        Db.Ratings.Add(rating);
        await RatingFollowUps.StageAsync(Db, deadlines, await ReferenceStamp.ReadAsync(Db, ct), rating, @case, ChinaTime.ToLocalDate(payload.RatedAt), ct);
    }
}
