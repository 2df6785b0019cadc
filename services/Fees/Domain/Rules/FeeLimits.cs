namespace Linkage.Fees.Domain.Rules;

public static class FeeLimits
{
    public const int ReasonLength = 500;
    public const int ReferenceLength = 64;
    public const int IdLength = 64;
}
