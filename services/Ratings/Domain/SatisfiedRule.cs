using Linkage.Contracts.Events.Ratings;

namespace Linkage.Ratings.Domain;

/// <summary>Satisfied for the published rate: 基本满意 (3) or better, as <see cref="RatingGrades"/> defines it for every module.</summary>
public static class SatisfiedRule
{
    public static bool Holds(int grade) => RatingGrades.IsSatisfied(grade);
}
