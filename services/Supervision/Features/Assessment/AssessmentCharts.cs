using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Charts;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>The ranking of one parent's children as a bar chart (regions first when there are any, else units).</summary>
public static class AssessmentCharts
{
    public static string Ranking(string parent, string month, IReadOnlyList<ScoredSubject> children) =>
        SvgBarChart.Ranking($"{month} 千分制考核排名 {parent}",
            Leading(children).Select(c => new ChartBar($"{c.Rank}. {c.Key}", c.Score)).ToList(), AssessmentTerms.Total);

    /// <summary>The children ranked first: the regions when there are any, else the units.</summary>
    public static IReadOnlyList<ScoredSubject> Leading(IReadOnlyList<ScoredSubject> children)
    {
        var regions = children.Where(c => c.Kind == ScoredSubject.Region).ToList();
        return regions.Count > 0 ? regions : children.Where(c => c.Kind == ScoredSubject.Unit).ToList();
    }
}
