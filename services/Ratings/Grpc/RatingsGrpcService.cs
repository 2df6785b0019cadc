using Grpc.Core;
using Linkage.Contracts.Ratings.V1;
using Linkage.Ratings.Domain;
using Linkage.Ratings.Features.RateCase;
using Linkage.Ratings.Features.Satisfaction;
using Linkage.ServiceDefaults.Grpc;
using Microsoft.AspNetCore.Authorization;
using V1 = Linkage.Contracts.Ratings.V1;

namespace Linkage.Ratings.Grpc;

/// <summary>linkage.ratings.v1: the REST handlers of 好差评 and its published figures (decision 0570).</summary>
public sealed class RatingsGrpcService(RateCaseHandler rate, GetSatisfactionHandler figures) : RatingsService.RatingsServiceBase
{
    public override async Task<V1.Rating> RateCase(V1.RateCaseRequest request, ServerCallContext context)
    {
        Guid? caseId = request.CaseId.Length == 0 ? null : GrpcValues.Id(request.CaseId, "caseId");
        var input = new Features.RateCase.RateCaseRequest(request.Token.OrNull(), caseId, request.Channel.OrNull(),
            request.HasGrade ? request.Grade : null, request.IndicatorSet.OrNull(),
            request.Indicators.Count == 0 ? null : request.Indicators.ToDictionary(), request.Comment.OrNull());
        var r = GrpcAnswers.ValueOf<RatingView>(await rate.HandleAsync(input, context.Header("idempotency-key"), context.Caller(), context.CancellationToken));
        return new V1.Rating
        {
            Id = r.Id.ToString(), CaseId = r.CaseId.ToString(), Grade = r.Grade, GradeLabel = r.GradeLabel, Channel = r.Channel.WireName(),
            IndicatorSet = r.IndicatorSet, IndicatorSetVersion = r.IndicatorSetVersion, Indicators = { r.Indicators.ToDictionary() },
            Comment = r.Comment ?? "", RatedAt = r.RatedAt.Instant(), RectificationId = r.Rectification?.Id.ToString() ?? "",
        };
    }

    [AllowAnonymous]
    public override async Task<V1.SatisfactionFigures> GetSatisfaction(GetSatisfactionRequest request, ServerCallContext context)
    {
        var f = GrpcAnswers.ValueOf<Features.Satisfaction.SatisfactionFigures>(await figures.HandleAsync(
            request.Division.OrNull(), request.From.OrNull(), request.To.OrNull(), context.CancellationToken));
        var reply = new V1.SatisfactionFigures
        {
            Division = f.Division, From = f.From.Text(), To = f.To.Text(), Suppressed = f.Suppressed,
            Grades = { f.Grades.Select(g => new V1.GradeCount { Grade = g.Grade, Label = g.Label, Count = g.Count }) },
        };
        if (f.Total is { } total) reply.Total = total;
        if (f.Satisfied is { } satisfied) reply.Satisfied = satisfied;
        if (f.Bad is { } bad) reply.Bad = bad;
        if (f.SatisfactionRate is { } rateValue) reply.SatisfactionRate = (double)rateValue;
        return reply;
    }
}
