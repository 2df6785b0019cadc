using Linkage.Intake.Domain;
using Linkage.Intake.Features.ProxyLedger;

namespace Linkage.Intake.Features.StatusLookup;

/// <summary>What a kiosk shows of a case: its public progress and the applicant's masked name, nothing more.</summary>
public sealed record PublicStatusView(
    string CaseNumber, string MatterName, string HandlingOrgUnitName, string ApplicantName, CaseStatus Status,
    DateOnly? AcceptedOn, DateOnly? DueDate, DateTimeOffset? CompletedAt, string? Outcome, IReadOnlyList<string> Awaited)
{
    public static PublicStatusView From(IntakeCase c) => new(
        c.CaseNumber, c.MatterName, c.HandlingOrgUnitName, PublishedLedgerView.MaskName(c.Applicant.Name),
        c.Status, c.AcceptedOn, c.DueDate, c.CompletedAt, c.Outcome, c.Awaited);
}
