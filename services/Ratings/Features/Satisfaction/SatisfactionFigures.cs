using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Satisfaction;

/// <summary>Published figures (结果公开): ratings per grade for cases handled in a subtree and period, and the
/// satisfaction rate = share of grades 3 to 5 (null when nothing was rated).</summary>
public sealed record SatisfactionFigures(
    string Division,
    DateOnly From,
    DateOnly To,
    int Total,
    int Satisfied,
    int Bad,
    decimal? SatisfactionRate,
    IReadOnlyList<GradeCount> Grades)
{
    public static SatisfactionFigures Of(string division, DateOnly from, DateOnly to, IReadOnlyDictionary<int, int> countByGrade)
    {
        var grades = Enumerable.Range(Grade.Lowest, Grade.Highest).Reverse()
            .Select(g => new GradeCount(g, Grade.Labels[g], countByGrade.GetValueOrDefault(g)))
            .ToList();
        var total = grades.Sum(g => g.Count);
        var satisfied = grades.Where(g => SatisfiedRule.Holds(g.Grade)).Sum(g => g.Count);
        var bad = grades.Where(g => BadRatingRule.Holds(g.Grade)).Sum(g => g.Count);
        return new SatisfactionFigures(division, from, to, total, satisfied, bad,
            total == 0 ? null : Math.Round((decimal)satisfied / total, 4), grades);
    }
}

public sealed record GradeCount(int Grade, string Label, int Count);
