using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.Shared;

/// <summary>The slip or notice the applicant leaves with: 受理通知书 (acceptance slip, with any 容缺 materials and
/// their supply date), 缺件告知单 (missing-materials notice), 不予受理通知书 (refusal, with appeal rights),
/// 补正通知 (a department's supplement request), 终止通知 (容缺 materials not supplied in time).</summary>
public sealed record SlipView(
    string Kind,
    string CaseNumber,
    DateOnly? AcceptedOn,
    DateOnly? DueDate,
    string CollectFrom, // where the result is collected (an …At name is an instant)
    IReadOnlyList<string> OutstandingMaterials, // still to bring: missing, deferred (容缺) or asked for as a supplement
    DateOnly? SupplyBy = null,
    string? Reason = null,
    string? AppealRights = null,
    bool DeemedAccepted = false)
{
    public static SlipView? For(IntakeCase c) => c.Status switch
    {
        CaseStatus.Accepted or CaseStatus.Completed when c.AcceptedOn is not null =>
            new("acceptance-slip", c.CaseNumber, c.AcceptedOn, c.DueDate, c.SubmittedAtOrgUnitId, c.DeferredMaterials,
                c.SupplyBy, DeemedAccepted: c.DeemedAccepted),
        CaseStatus.AwaitingMaterials =>
            new("missing-materials-notice", c.CaseNumber, null, null, c.SubmittedAtOrgUnitId, c.MissingMaterials),
        CaseStatus.Refused =>
            new("refusal-notice", c.CaseNumber, null, null, c.SubmittedAtOrgUnitId, [], Reason: c.RefusalReason,
                AppealRights: Domain.AppealRights.Text),
        CaseStatus.AwaitingSupplement =>
            new("supplement-notice", c.CaseNumber, c.AcceptedOn, c.DueDate, c.SubmittedAtOrgUnitId, c.SupplementMaterials,
                Reason: c.SupplementReason),
        CaseStatus.Terminated =>
            new("termination-notice", c.CaseNumber, c.AcceptedOn, null, c.SubmittedAtOrgUnitId, c.DeferredMaterials, c.SupplyBy,
                "容缺材料未在承诺期限内补齐，办件终止。", Domain.AppealRights.Text),
        _ => null,
    };
}
