namespace Linkage.Ratings.Domain;

public static class RatingLimits
{
    public const int CommentLength = 1000;
    public const int IndicatorCount = 10;
    public const int IndicatorKeyLength = 32;
    public const int IdempotencyKeyLength = 100;
    public const int TokenLength = 64;
    public const int StepTextLength = 2000;
}
