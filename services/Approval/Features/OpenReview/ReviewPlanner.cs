using Linkage.Approval.Domain;
using Linkage.Approval.Domain.Policies;
using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Microsoft.Extensions.Options;

namespace Linkage.Approval.Features.OpenReview;

/// <summary>Opens the review plan of an accepted case from its pinned implementation entry: one task per
/// review department, each with its working-day deadline.</summary>
public sealed class ReviewPlanner(TimeProvider clock, IOptions<ReviewRulesOptions> rules)
{
    private readonly DepartmentDeadlinePolicy deadlines = new(WorkingDayCalendar.China);

    public ReviewCase Open(CaseAccepted accepted, Implementation implementation)
    {
        var departments = implementation.Departments
            .Select(d => new PlannedDepartment(d.DepartmentId, d.Name, d.LimitWorkingDays, d.SignsOff,
                deadlines.Deadline(accepted.AcceptedOn, d.LimitWorkingDays, accepted.DueDate)))
            .ToList();
        return ReviewCase.Open(Facts(accepted), departments, clock.GetUtcNow(), rules.Value.For(accepted.ImplementationCode));
    }

    /// <summary>A one-thing case: every leg's departments at once, each task tagged with its leg; a leg's deadline is
    /// its own committed limit from acceptance, a department without its own limit shares its leg's deadline. The
    /// case takes the final sign-off if the bundle or any leg requires it.</summary>
    public ReviewCase OpenBundle(CaseAccepted accepted, IReadOnlyList<Implementation> legs)
    {
        var planned = legs.Select(i => (Implementation: i, Leg: LegOf(accepted, i))).ToList();
        var departments = planned.SelectMany(p => p.Implementation.Departments.Select(d => new PlannedDepartment(
                d.DepartmentId, d.Name, d.LimitWorkingDays, d.SignsOff,
                deadlines.Deadline(accepted.AcceptedOn, d.LimitWorkingDays, p.Leg.Deadline), p.Leg.ImplementationCode)))
            .ToList();
        var licence = accepted.Bundle!.MergedLicence is { } m ? new MergedLicence(m.TypeCode, m.TypeName, m.IssuerCreditCode, m.ValidityYears) : null;
        var signOff = legs.Select(l => l.ImplementationCode).Append(accepted.ImplementationCode).Any(c => rules.Value.For(c).FinalSignOff);
        var facts = Facts(accepted) with { Legs = planned.Select(p => p.Leg).ToList(), MergedLicence = licence };
        return ReviewCase.Open(facts, departments, clock.GetUtcNow(), new ReviewRules(0, signOff));
    }

    private ReviewLeg LegOf(CaseAccepted accepted, Implementation implementation)
    {
        var leg = accepted.Bundle!.Legs.Single(l => l.ImplementationCode == implementation.ImplementationCode);
        var limit = implementation.CommittedLimit;
        var deadline = limit.Unit == TimeUnit.CalendarDays
            ? accepted.AcceptedOn.AddDays(limit.Amount)
            : WorkingDayCalendar.China.AddWorkingDays(accepted.AcceptedOn, limit.Amount);
        var quorum = Math.Clamp(rules.Value.For(leg.ImplementationCode).Quorum, 0, implementation.Departments.Count);
        return new ReviewLeg(leg.ImplementationCode, leg.ImplementationVersion, leg.MatterCode, leg.MatterName, deadline, quorum);
    }

    private static AcceptedCase Facts(CaseAccepted a) => new(
        a.CaseId, a.CaseNumber, a.MatterCode, a.MatterName, a.ImplementationCode, a.ImplementationVersion,
        a.HandlingOrgUnitId, a.HandlingDivision, a.SubmittedAtOrgUnitId, a.SubmittedAtDivision,
        new Holder(a.Applicant.Kind, a.Applicant.Name, a.Applicant.MaskedId, a.Applicant.IdDigest, a.Applicant.CreditCode, a.Applicant.LegalRepresentative),
        a.AcceptedAt, a.AcceptedOn, a.DueDate);
}
