using Linkage.Contracts.Events.Intake;

namespace Linkage.Intake.Domain;

/// <summary>Integration events as facts about a case.</summary>
public static class CaseEvents
{
    public static CaseAccepted Accepted(IntakeCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.MatterName, c.ImplementationCode, c.ImplementationVersion,
        c.HandlingOrgUnitId, c.HandlingDivision, c.SubmittedAtOrgUnitId, c.SubmittedAtDivision,
        Summary(c.Applicant), c.AcceptedAt!.Value, c.AcceptedOn!.Value, c.DueDate!.Value, c.CommittedWorkingDays);

    public static CaseCompleted Completed(IntakeCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.HandlingOrgUnitId, c.HandlingDivision, c.SubmittedAtOrgUnitId,
        c.SubmittedAtDivision, c.Applicant.IdDigest, c.Outcome!, c.AcceptedOn!.Value, c.DueDate!.Value,
        c.CompletedAt!.Value, Kernel.ChinaTime.ToLocalDate(c.CompletedAt!.Value));

    public static ApplicantSummary Summary(Applicant a) => new(
        a.Kind == ApplicantKind.Person ? "person" : "organisation", a.Name, a.MaskedId, a.IdDigest, a.CreditCode);
}
