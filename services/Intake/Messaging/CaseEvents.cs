using Linkage.Contracts.Events.Intake;
using Linkage.Intake.Domain;

namespace Linkage.Intake.Messaging;

/// <summary>Integration events as facts about a case.</summary>
public static class CaseEvents
{
    public static CaseAccepted Accepted(IntakeCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.MatterName, c.ImplementationCode, c.ImplementationVersion,
        c.HandlingOrgUnitId, c.HandlingDivision, c.SubmittedAtOrgUnitId, c.SubmittedAtDivision,
        Summary(c.Applicant), c.AcceptedAt!.Value, c.AcceptedOn!.Value, c.DueDate!.Value, c.CommittedWorkingDays, c.Bundle,
        c.Limit.Instant, c.AcceptedAtWindow, c.ReceivedAt);

    public static CaseCompleted Completed(IntakeCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.HandlingOrgUnitId, c.HandlingDivision, c.SubmittedAtOrgUnitId,
        c.SubmittedAtDivision, c.Applicant.IdDigest, c.Outcome!, c.AcceptedOn!.Value, c.DueDate!.Value,
        c.CompletedAt!.Value, Kernel.ChinaTime.ToLocalDate(c.CompletedAt!.Value),
        c.Channel.ToString().ToLowerInvariant(), c.AcceptedAtWindow, c.ReceivedAt);

    /// <summary>The station's copy of a forwarded case completed with the competent unit's (decision 0628).</summary>
    public static ForwardedCaseCompleted ForwardedCompleted(IntakeCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.HandlingOrgUnitId, c.HandlingDivision, c.SubmittedAtOrgUnitId, c.SubmittedAtDivision,
        c.Applicant.IdDigest, c.CompletedAt!.Value, c.Channel.ToString().ToLowerInvariant());

    public static CaseSubmitted Submitted(IntakeCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.Channel.ToString().ToLowerInvariant(), c.SubmittedAtOrgUnitId, c.SubmittedAtDivision, c.ReceivedAt,
        c.HandlingOrgUnitId, c.HandlingDivision);

    public static MaterialsRequested MaterialsRequested(IntakeCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.HandlingOrgUnitId, c.HandlingDivision, c.MissingMaterials, c.NoticeIssuedAt!.Value, c.ReceivedAt);

    public static CaseRefused Refused(IntakeCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.HandlingOrgUnitId, c.HandlingDivision, c.RefusalReason!, c.NoticeIssuedAt!.Value);

    public static CaseTerminated Terminated(IntakeCase c) => new(
        c.Id, c.CaseNumber, c.MatterCode, c.HandlingOrgUnitId, c.HandlingDivision, c.DeferredMaterials,
        c.SupplyBy!.Value, c.TerminatedAt!.Value);

    public static MaterialsSupplied Supplied(IntakeCase c, IReadOnlyList<string> codes, DateTimeOffset at) => new(
        c.Id, c.CaseNumber, codes, at, Kernel.ChinaTime.ToLocalDate(at));

    public static ApplicantSummary Summary(Applicant a) => new(
        a.Kind == ApplicantKind.Person ? "person" : "organisation", a.Name, a.MaskedId, a.IdDigest, a.CreditCode, a.LegalRepresentative);
}
