using Linkage.Contracts.Events.Intake;

namespace Linkage.Intake.Domain;

/// <summary>Rebuilds a case from the forwarded acceptance facts, for a competent unit that runs in
/// another deployment than the station that took the case.</summary>
public static class ForwardedCase
{
    public static IntakeCase TakeOver(CaseAccepted a, DateTimeOffset forwardedAt)
    {
        var applicant = new Applicant(
            a.Applicant.Kind == "organisation" ? ApplicantKind.Organisation : ApplicantKind.Person,
            a.Applicant.Name, a.Applicant.MaskedId, a.Applicant.IdDigest, a.Applicant.CreditCode, a.Applicant.LegalRepresentative);
        var matter = new PinnedMatter(a.MatterCode, a.MatterName, a.ImplementationCode, a.ImplementationVersion,
            new TimeLimitTerms(a.CommittedWorkingDays, false, false), a.Bundle);
        var receipt = new CaseReceipt(a.CaseNumber, Channel.Proxy, matter, new OrgUnitRef(a.SubmittedAtOrgUnitId, a.SubmittedAtDivision),
            new OrgUnitRef(a.HandlingOrgUnitId, a.HandlingDivision), applicant, null, []);
        var @case = IntakeCase.Receive(receipt, forwardedAt, a.CaseId);
        @case.Accept(a.AcceptedAt, a.AcceptedOn, a.DueDate, a.CommittedWorkingDays);
        _ = @case.TakeChanges(); // the station announced receipt and acceptance; the arrival handler announces arrival
        return @case;
    }
}
