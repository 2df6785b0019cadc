namespace Linkage.Approval.Domain;

public enum ReviewCaseStatus
{
    Open,
    AwaitingSignOff,
    Approved,
    Rejected,
}
