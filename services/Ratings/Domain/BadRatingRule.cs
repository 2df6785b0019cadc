using Linkage.Contracts.Events.Ratings;

namespace Linkage.Ratings.Domain;

/// <summary>差评: grades 2 and 1 (<see cref="RatingGrades"/>). Whoever handled the case owns it and must rectify it.</summary>
public static class BadRatingRule
{
    public static bool Holds(int grade) => RatingGrades.IsBad(grade);
}
