using Linkage.Contracts.Events.Ratings;

namespace Linkage.Ratings.Domain;

/// <summary>The five grades: 非常满意 5, 满意 4, 基本满意 3, 不满意 2, 非常不满意 1.</summary>
public static class Grade
{
    public const int Lowest = RatingGrades.Lowest;
    public const int Highest = RatingGrades.Highest;

    public static readonly IReadOnlyDictionary<int, string> Labels = new Dictionary<int, string>
    {
        [5] = "非常满意", [4] = "满意", [3] = "基本满意", [2] = "不满意", [1] = "非常不满意",
    };

    public static bool IsValid(int grade) => grade is >= Lowest and <= Highest;
}
