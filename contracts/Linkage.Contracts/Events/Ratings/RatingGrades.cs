namespace Linkage.Contracts.Events.Ratings;

/// <summary>The five grades of 好差评 (国办发〔2019〕51号; GB/T 39734): 非常满意 5, 满意 4, 基本满意 3, 不满意 2, 非常不满意 1.
/// 差评 are 2 and 1; every other grade counts as satisfied (好评). The one definition of both, for Ratings' published
/// figures and Supervision's counters and assessment alike (decision 0490).</summary>
public static class RatingGrades
{
    public const int Lowest = 1;
    public const int Highest = 5;

    /// <summary>满意 from 基本满意 (3) up.</summary>
    public const int SatisfiedFrom = 3;

    /// <summary>差评 up to 不满意 (2).</summary>
    public const int BadUpTo = 2;

    public static bool IsSatisfied(int grade) => grade >= SatisfiedFrom;

    public static bool IsBad(int grade) => grade <= BadUpTo;
}
