using Linkage.Kernel;
using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>Scores every unit, window, department and region of the subtree below the assessed division and ranks each
/// kind among its siblings under the same parent. A region is scored on the summed facts of its units (rates of sums,
/// not means of scores); windows and departments see the same cases again and are not added to it. Ties share a rank (1, 1, 3) and
/// are listed by key, so the output is fully determined by its inputs.</summary>
public static class AssessmentRun
{
    public static AssessmentResult Score(DivisionCode division, string month, AssessmentTerms terms, IReadOnlyList<UnitFigures> units)
    {
        var subjects = units.Select(u => (u.Kind, Key: u.OrgUnitId, Parent: u.Division, u.Figures))
            .Concat(Regions(division, units.Where(u => u.Kind == ScoredSubject.Unit)).Select(r => (Kind: ScoredSubject.Region, r.Key.Key, r.Key.Parent, Figures: r.Value)))
            .Select(s => (s.Kind, s.Key, s.Parent, s.Figures, Score: Scoring.Of(s.Figures, terms)))
            .GroupBy(s => (s.Kind, s.Parent))
            .SelectMany(siblings => siblings.Select(s => new ScoredSubject(s.Kind, s.Key, s.Parent,
                1 + siblings.Count(o => o.Score.Total > s.Score.Total), s.Score.Total, s.Score.Grade, s.Score.Points, s.Score.Deducted, s.Figures)))
            .OrderBy(s => s.Parent, StringComparer.Ordinal).ThenBy(s => s.Kind, StringComparer.Ordinal)
            .ThenBy(s => s.Rank).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        return new AssessmentResult(division.Value, month, terms, subjects);
    }

    /// <summary>Each region between a unit and the assessed division, keyed with its parent, with its units' facts summed.</summary>
    private static Dictionary<(string Key, string Parent), Figures> Regions(DivisionCode division, IEnumerable<UnitFigures> units)
    {
        var regions = new Dictionary<(string Key, string Parent), Figures>();
        foreach (var u in units)
        {
            var region = DivisionCode.Parse(u.Division);
            while (region != division && region.Parent is { } parent)
            {
                regions[(region.Value, parent.Value)] = regions.GetValueOrDefault((region.Value, parent.Value), Figures.None) + u.Figures;
                region = parent;
            }
        }
        return regions;
    }
}
