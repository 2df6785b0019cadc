using Linkage.Intake.Domain;

namespace Linkage.Intake.Features.Shared;

/// <summary>The slip the applicant leaves with: 受理承诺单 (acceptance slip) or 缺件告知单 (missing-materials notice).</summary>
public sealed record SlipView(string Kind, string CaseNumber, DateOnly? AcceptedOn, DateOnly? DueDate, string CollectAt, IReadOnlyList<string> Missing)
{
    public static SlipView? For(IntakeCase c) => c.Status switch
    {
        CaseStatus.Accepted or CaseStatus.Completed when c.AcceptedOn is not null =>
            new("acceptance-slip", c.CaseNumber, c.AcceptedOn, c.DueDate, c.SubmittedAtOrgUnitId, []),
        CaseStatus.AwaitingMaterials =>
            new("missing-materials-notice", c.CaseNumber, null, null, c.SubmittedAtOrgUnitId, c.MissingMaterials),
        _ => null,
    };
}
