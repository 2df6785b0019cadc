using Linkage.Contracts.Events.Approval;
using Linkage.Contracts.Events.Intake;

namespace Linkage.Approval.Domain;

/// <summary>Integration events as facts about a review plan, every field from the stored rows.</summary>
public static partial class ReviewEvents
{
    public static ReviewOpened Opened(ReviewCase c) =>
        new(c.Id, c.CaseNumber, c.Tasks.Select(t => t.DepartmentId).Distinct().ToList(), c.DueDate, c.OpenedAt, BundleOf(c),
            c.Tasks.Select(t => new TaskDeadline(t.Id, t.DepartmentId, t.Deadline)).ToList());

    public static DepartmentDecided Decided(ReviewTask t) =>
        new(t.CaseId, t.Id, t.DepartmentId, t.Status == ReviewTaskStatus.Approved ? "approved" : "rejected", t.DecidedAt!.Value);

    public static CaseApproved Approved(ReviewCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.MatterName, c.ImplementationCode, c.ImplementationVersion,
        c.HandlingOrgUnitId, c.HandlingDivision, c.SubmittedAtOrgUnitId,
        c.Holder.Name, c.Holder.MaskedId, c.Holder.IdDigest, c.ConcludedAt!.Value, c.Holder.Kind, c.Holder.CreditCode,
        BundleOf(c), c.IsBundle ? c.Legs.Select(l => FilingOf(c, l)).ToList() : null, c.SubmittedAtDivision, c.Holder.LegalRepresentative);

    public static CaseRejected Rejected(ReviewCase c, IReadOnlyList<RejectionReason> reasons) => new(
        c.Id, c.CaseNumber, reasons.Select(r => new DepartmentReason(r.DepartmentId, r.Reason, r.LegalBasis, r.LegCode)).ToList(),
        c.ConcludedAt!.Value, c.MatterCode, c.HandlingOrgUnitId, c.HandlingDivision);

    /// <summary>签发 owed: the department holding the sign-off, or any when none is named (0141).</summary>
    public static SignOffAwaited SignOffOwed(ReviewCase c, DateTimeOffset since) =>
        new(c.Id, c.CaseNumber, c.Tasks.FirstOrDefault(t => t.SignsOff)?.DepartmentId, c.HandlingDivision, since);

    /// <summary>What a recorded decision announces: the department's decision, then the case's conclusion if it joined.</summary>
    public static IReadOnlyList<object> Of(ReviewCase c, DecisionOutcome.Recorded recorded) =>
        [Decided(recorded.Task), .. Conclusion(c, recorded.Join, recorded.Task.DecidedAt!.Value)];

    /// <summary>The case's conclusion, if the join concluded it: approved, rejected, or the sign-off owed since the
    /// last decision.</summary>
    public static IReadOnlyList<object> Conclusion(ReviewCase c, JoinOutcome join, DateTimeOffset lastDecidedAt) => join switch
    {
        JoinOutcome.Approved => [Approved(c)],
        JoinOutcome.Rejected rejected => [Rejected(c, rejected.Reasons)],
        JoinOutcome.AwaitingSignOff => [SignOffOwed(c, lastDecidedAt)],
        _ => [],
    };

    private static BundleSummary? BundleOf(ReviewCase c) => c.IsBundle
        ? new BundleSummary(c.ImplementationCode, c.ImplementationVersion, c.MatterName,
            c.Legs.Select(l => new BundleLeg(l.ImplementationCode, l.ImplementationVersion, l.MatterCode, l.MatterName)).ToList(),
            c.MergedLicence is { } m ? new BundleLicence(m.TypeCode, m.TypeName, m.IssuerCreditCode, m.ValidityYears) : null)
        : null;

    private static LegFiling FilingOf(ReviewCase c, ReviewLeg leg)
    {
        var approved = c.TasksOf(leg).Where(t => t.Status == ReviewTaskStatus.Approved).ToList();
        return new LegFiling(leg.ImplementationCode, leg.ImplementationVersion, leg.MatterCode, leg.MatterName,
            approved.Select(t => t.DepartmentId).Order(StringComparer.Ordinal).ToList(), approved.Max(t => t.DecidedAt)!.Value);
    }
}
