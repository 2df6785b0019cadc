namespace Linkage.Office.Domain;

public enum FilingStatus
{
    AwaitingApproval, // held: the refusal is not issued until the management approves
    Approved,         // approved and issued
    Returned,         // the management sent it back: nothing was issued
    Due,              // issued, to be reported by the clerk before ReportBy
    Reported,         // 已报备
    Unfiled,          // issued and not filed in time (or not approved first): supervision was told
}
