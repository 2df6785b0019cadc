namespace Linkage.VideoReview.Domain;

/// <summary>The departments of a case's review plan (审批方案), as Approval announced them when it opened the review:
/// the departments a joint review on the case may seat.</summary>
public sealed class CasePlan
{
    private CasePlan() { }

    public Guid CaseId { get; private set; }
    public List<string> DepartmentIds { get; private set; } = [];

    public static CasePlan Of(Guid caseId, IEnumerable<string> departmentIds) => new() { CaseId = caseId, DepartmentIds = [.. departmentIds] };

    public bool Includes(string departmentId) => DepartmentIds.Contains(departmentId);
}
