using Linkage.Kernel.Rules;

namespace Linkage.Approval.Domain.Rules;

/// <summary>A plan without departments would never join (or would approve unreviewed): the catalog entry is
/// wrong, so the plan is refused and the message goes to the error queue for an operator.</summary>
public sealed class ReviewPlanNeedsDepartmentsRule(
    IReadOnlyCollection<PlannedDepartment> departments, IReadOnlyCollection<ReviewLeg>? legs = null) : IBusinessRule
{
    public string Field => "departments";

    public string Message =>
        departments.Count == 0 ? "The implementation entry lists no review departments; no review plan can be opened."
        : Duplicate is { } twice ? $"The implementation entry lists department '{twice}' twice."
        : EmptyLeg is { } leg ? $"Leg {leg} lists no review departments; no review plan can be opened."
        : "";

    public bool IsBroken() => departments.Count == 0 || Duplicate is not null || EmptyLeg is not null;

    /// <summary>Not an input error but a broken catalogue entry: throws for the error queue.</summary>
    public void Check()
    {
        if (IsBroken()) throw new InvalidOperationException(Message);
    }

    private string? Duplicate =>
        departments.GroupBy(d => (d.LegCode, d.DepartmentId)).FirstOrDefault(g => g.Count() > 1)?.Key.DepartmentId;

    private string? EmptyLeg =>
        legs?.FirstOrDefault(l => departments.All(d => d.LegCode != l.ImplementationCode))?.ImplementationCode;
}
