using Linkage.Contracts.Events.Approval;

namespace Linkage.Approval.Domain;

public static partial class ReviewEvents
{
    public static RejectionProposed RejectionProposed(ReviewCase c, ReviewTask t, DepartmentDecision d, Reviewer by, DateTimeOffset at) => new(
        c.Id, t.Id, c.CaseNumber, c.MatterCode, c.HandlingOrgUnitId, c.HandlingDivision, t.DepartmentId, d.Reason ?? "", d.LegalBasis,
        by.Subject, by.Name, at);
}
