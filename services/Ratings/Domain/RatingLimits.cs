namespace Linkage.Ratings.Domain;

public static class RatingLimits
{
    public const int CommentLength = 1000;
    public const int DimensionCount = 10;
    public const int DimensionNameLength = 32;
    public const int IdempotencyKeyLength = 100;
}
