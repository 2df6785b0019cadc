namespace Linkage.Approval.Domain.Rules;

/// <summary>A plan without departments would never join (or would approve unreviewed): the catalog entry is
/// wrong, so the plan is refused and the message goes to the error queue for an operator.</summary>
public sealed class ReviewPlanNeedsDepartmentsRule(
    IReadOnlyCollection<PlannedDepartment> departments, IReadOnlyCollection<ReviewLeg>? legs = null)
{
    public void Check()
    {
        if (departments.Count == 0)
            throw new InvalidOperationException("The implementation entry lists no review departments; no review plan can be opened.");
        var duplicate = departments.GroupBy(d => (d.LegCode, d.DepartmentId)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"The implementation entry lists department '{duplicate.Key.DepartmentId}' twice.");
        var empty = legs?.FirstOrDefault(l => departments.All(d => d.LegCode != l.ImplementationCode));
        if (empty is not null)
            throw new InvalidOperationException($"Leg {empty.ImplementationCode} lists no review departments; no review plan can be opened.");
    }
}
