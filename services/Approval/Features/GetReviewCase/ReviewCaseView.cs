using Linkage.Approval.Domain;
using Linkage.Approval.Features.Shared;

namespace Linkage.Approval.Features.GetReviewCase;

/// <summary>The review plan of a case and each department's state.</summary>
public sealed record ReviewCaseView(
    Guid CaseId,
    string CaseNumber,
    string MatterCode,
    string MatterName,
    string HandlingOrgUnitId,
    string HandlingDivision,
    HolderView Applicant, // 申请人 (api-style: never "holder")
    ReviewCaseStatus Status,
    DateOnly AcceptedOn,
    DateOnly DueDate,
    DateTimeOffset OpenedAt,
    DateTimeOffset? ConcludedAt,
    IReadOnlyList<DepartmentStateView> Departments,
    IReadOnlyList<LegView> Legs)
{
    public static ReviewCaseView From(ReviewCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.MatterName, c.HandlingOrgUnitId, c.HandlingDivision,
        HolderView.From(c.Holder), c.Status, c.AcceptedOn, c.DueDate, c.OpenedAt, c.ConcludedAt,
        c.Tasks.OrderBy(t => t.LegCode, StringComparer.Ordinal).ThenBy(t => t.DepartmentId, StringComparer.Ordinal)
            .Select(DepartmentStateView.From).ToList(),
        c.Legs.Select(l => LegView.From(c, l)).ToList());
}

public sealed record DepartmentStateView(
    Guid TaskId,
    string DepartmentId,
    string DepartmentName,
    bool SignsOff,
    ReviewTaskStatus Status,
    DateOnly DueDate, // the department's 办理时限
    string? Reason,
    string? LegalBasis,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    string? LegCode)
{
    public static DepartmentStateView From(ReviewTask t) => new(
        t.Id, t.DepartmentId, t.DepartmentName, t.SignsOff, t.Status, t.Deadline, t.Reason, t.LegalBasis, t.DecidedByName,
        t.DecidedAt, t.LegCode);
}

/// <summary>One leg of a one-thing case: its entry, its own deadline and how its join stands (waiting, approved,
/// rejected).</summary>
public sealed record LegView(string ImplementationCode, int ImplementationVersion, string MatterCode, string MatterName,
    DateOnly DueDate, int Quorum, string Status)
{
    public static LegView From(ReviewCase c, ReviewLeg l) => new(l.ImplementationCode, l.ImplementationVersion, l.MatterCode,
        l.MatterName, l.Deadline, l.Quorum, c.JoinOf(l).GetType().Name.ToLowerInvariant());
}
