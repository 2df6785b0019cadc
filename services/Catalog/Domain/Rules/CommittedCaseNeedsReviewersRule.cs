namespace Linkage.Catalog.Domain.Rules;

/// <summary>A committed case is reviewed by at least one department (approval opens one task per department).</summary>
public sealed class CommittedCaseNeedsReviewersRule(string fieldPath, CaseKind kind, int departments) : IBusinessRule
{
    public string Field => fieldPath;

    public string Message => "A committed case needs at least one review department.";

    public bool IsBroken() => kind == CaseKind.Committed && departments == 0;
}
