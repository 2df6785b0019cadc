namespace Linkage.VideoReview.Domain;

public static class SessionLimits
{
    public const int MinutesLength = 20_000;
    public const int RemarkLength = 500;
    public const int IdLength = 64;
    public const int IdempotencyKeyLength = 100;
}
