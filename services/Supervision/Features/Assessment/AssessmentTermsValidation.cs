using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>Weights of 0–1000 adding up to 1000, deductions of 0–100 per item, grade thresholds within 0–1000 and
/// strictly descending from 优秀 to 合格.</summary>
public static class AssessmentTermsValidation
{
    public static FieldErrors Check(AssessmentTerms? t)
    {
        var errors = new FieldErrors();
        if (t?.Weights is not { } w || t.Deductions is not { } d || t.Grades is not { } g)
            return errors.Add("weights", "weights, deductions and grades are all required.");
        foreach (var (name, points) in w.Named())
            errors.Require(points is >= 0 and <= AssessmentTerms.Total, $"weights.{name}", "0 to 1000 points.");
        errors.Require(w.Sum == AssessmentTerms.Total, "weights", $"The weights add up to {w.Sum}; they must add up to 1000.");
        foreach (var (name, points) in new[] { ("redCard", d.RedCard), ("yellowCard", d.YellowCard), ("overdue", d.Overdue) })
            errors.Require(points is >= 0 and <= 100, $"deductions.{name}", "0 to 100 points per item.");
        foreach (var (name, score) in new[] { ("excellent", g.Excellent), ("good", g.Good), ("pass", g.Pass) })
            errors.Require(score is >= 0 and <= AssessmentTerms.Total, $"grades.{name}", "0 to 1000 points.");
        errors.Require(g.Excellent > g.Good && g.Good > g.Pass, "grades", "优秀 above 良好 above 合格.");
        return errors;
    }
}
