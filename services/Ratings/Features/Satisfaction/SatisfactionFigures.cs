using Linkage.Contracts.Events.Ratings;
using Linkage.Ratings.Domain;

namespace Linkage.Ratings.Features.Satisfaction;

/// <summary>Published figures (结果公开): ratings per grade for cases handled in a subtree and period, and the
/// satisfaction rate = share of grades 3 to 5 (null when nothing was rated). Fewer than k ratings are suppressed:
/// every count is null, so a handful of raters cannot be singled out.</summary>
public sealed record SatisfactionFigures(
    string Division,
    DateOnly From,
    DateOnly To,
    bool Suppressed,
    int? Total,
    int? Satisfied,
    int? Bad,
    decimal? SatisfactionRate,
    IReadOnlyList<GradeCount> Grades)
{
    public static SatisfactionFigures Of(string division, DateOnly from, DateOnly to, IReadOnlyDictionary<int, int> countByGrade, int smallCell)
    {
        var total = countByGrade.Values.Sum();
        if (total is > 0 && total < smallCell) return new SatisfactionFigures(division, from, to, true, null, null, null, null, []);
        var grades = Enumerable.Range(Grade.Lowest, Grade.Highest).Reverse()
            .Select(g => new GradeCount(g, Grade.Labels[g], countByGrade.GetValueOrDefault(g)))
            .ToList();
        var satisfied = grades.Where(g => RatingGrades.IsSatisfied(g.Grade)).Sum(g => g.Count);
        var bad = grades.Where(g => RatingGrades.IsBad(g.Grade)).Sum(g => g.Count);
        return new SatisfactionFigures(division, from, to, false, total, satisfied, bad,
            total == 0 ? null : Math.Round((decimal)satisfied / total, 4), grades);
    }
}

public sealed record GradeCount(int Grade, string Label, int Count);
