using Linkage.Ratings.Domain;
using Linkage.ServiceDefaults.Json;

namespace Linkage.Ratings.Features.RateCase;

public static class RateCaseValidator
{
    public static (ValidRating? Rating, FieldErrors Errors) Validate(RateCaseRequest request)
    {
        var errors = new FieldErrors();
        var token = string.IsNullOrWhiteSpace(request.Token) ? null : request.Token.Trim();
        var caseId = request.CaseId is { } id && id != Guid.Empty ? id : (Guid?)null;
        errors.Require(token is not null || caseId is not null, "token", "The invitation token is required.");
        errors.Require(token is null || token.Length <= RatingLimits.TokenLength, "token", "This is not an invitation token.");
        RatingChannel? channel = null;
        if (request.Channel is not null)
        {
            if (KebabEnum.TryParse<RatingChannel>(request.Channel, out var c)) channel = c;
            else errors.Add("channel", "Use window, station, online, app, sms or hotline.");
        }
        errors.Require(request.Grade is { } g && Grade.IsValid(g), "grade", "The grade must be 1 (非常不满意) to 5 (非常满意).");
        var indicators = request.Indicators ?? [];
        errors.Require(indicators.Count <= RatingLimits.IndicatorCount, "indicators", $"At most {RatingLimits.IndicatorCount} indicators.");
        foreach (var (name, score) in indicators)
        {
            if (name.Length > RatingLimits.IndicatorKeyLength) { errors.Add("indicators", "This is not an indicator."); continue; }
            errors.Require(Grade.IsValid(score), $"indicators.{name}", "Indicator scores are 1 to 5.");
        }
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        errors.Require(comment is null || comment.Length <= RatingLimits.CommentLength, "comment",
            $"At most {RatingLimits.CommentLength} characters.");
        var set = string.IsNullOrWhiteSpace(request.IndicatorSet) ? null : request.IndicatorSet.Trim();
        return errors.Any
            ? (null, errors)
            : (new ValidRating(token, caseId, channel, request.Grade!.Value, set, indicators, comment), errors);
    }
}
