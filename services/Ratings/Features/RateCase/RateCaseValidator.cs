using System.Text.RegularExpressions;
using Linkage.Ratings.Domain;
using Linkage.ServiceDefaults.Json;
using Linkage.ServiceDefaults.Problems;

namespace Linkage.Ratings.Features.RateCase;

public static partial class RateCaseValidator
{
    public static (ValidRating? Rating, FieldErrors Errors) Validate(RateCaseRequest request)
    {
        var errors = new FieldErrors();
        errors.Require(request.CaseId is { } id && id != Guid.Empty, "caseId", "The case id is required.");
        errors.Require(request.Grade is { } g && Grade.IsValid(g), "grade", "The grade must be 1 (非常不满意) to 5 (非常满意).");
        if (!KebabEnum.TryParse<RatingChannel>(request.Channel, out var channel))
            errors.Add("channel", "Use window, station, online, app, sms or hotline.");
        var dimensions = request.Dimensions ?? [];
        errors.Require(dimensions.Count <= RatingLimits.DimensionCount, "dimensions", $"At most {RatingLimits.DimensionCount} dimensions.");
        foreach (var (name, score) in dimensions)
        {
            errors.Require(DimensionName().IsMatch(name), $"dimensions.{name}",
                "Dimension names are 1–32 lower-case letters, digits or hyphens.");
            errors.Require(Grade.IsValid(score), $"dimensions.{name}", "Dimension scores are 1 to 5.");
        }
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        errors.Require(comment is null || comment.Length <= RatingLimits.CommentLength, "comment",
            $"At most {RatingLimits.CommentLength} characters.");
        return errors.Any
            ? (null, errors)
            : (new ValidRating(request.CaseId!.Value, request.Grade!.Value, channel, dimensions, comment), errors);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex DimensionName();
}
