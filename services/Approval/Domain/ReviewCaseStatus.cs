namespace Linkage.Approval.Domain;

public enum ReviewCaseStatus
{
    Open,
    Approved,
    Rejected,
}
