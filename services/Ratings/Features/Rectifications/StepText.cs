using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Rectifications;

/// <summary>The required free text of a step (visit record, result, reason), trimmed and bounded.</summary>
public static class StepText
{
    public static string? Required(string? text, string field, FieldErrors errors)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        errors.Require(trimmed is not null, field, "This is required.");
        errors.Require(trimmed is null || trimmed.Length <= RatingLimits.StepTextLength, field, $"At most {RatingLimits.StepTextLength} characters.");
        return trimmed;
    }
}
