using Linkage.Contracts.Events.Approval;

namespace Linkage.Approval.Domain;

/// <summary>Integration events as facts about a review plan, every field from the stored rows.</summary>
public static partial class ReviewEvents
{
    public static ReviewOpened Opened(ReviewCase c) =>
        new(c.Id, c.CaseNumber, c.Tasks.Select(t => t.DepartmentId).ToList(), c.DueDate, c.OpenedAt);

    public static DepartmentDecided Decided(ReviewTask t) =>
        new(t.CaseId, t.Id, t.DepartmentId, t.Status == ReviewTaskStatus.Approved ? "approved" : "rejected", t.DecidedAt!.Value);

    public static CaseApproved Approved(ReviewCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.MatterName, c.ImplementationCode, c.ImplementationVersion,
        c.HandlingOrgUnitId, c.HandlingDivision, c.SubmittedAtOrgUnitId,
        c.Holder.Name, c.Holder.MaskedId, c.Holder.IdDigest, c.ConcludedAt!.Value, c.Holder.Kind, c.Holder.CreditCode);

    public static CaseRejected Rejected(ReviewCase c, IReadOnlyList<RejectionReason> reasons) => new(
        c.Id, c.CaseNumber, reasons.Select(r => new DepartmentReason(r.DepartmentId, r.Reason, r.LegalBasis)).ToList(),
        c.ConcludedAt!.Value);
}
