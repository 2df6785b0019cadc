using Linkage.Approval.Domain;
using Linkage.Approval.Domain.Rules;
using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Intake;
using Linkage.Kernel;
using Microsoft.Extensions.Options;

namespace Linkage.Approval.Features.OpenReview;

/// <summary>Opens the review plan of an accepted case from its pinned implementation entry: one task per
/// review department, each with its working-day deadline.</summary>
public sealed class ReviewPlanner(TimeProvider clock, IOptions<ReviewRulesOptions> rules)
{
    private readonly DepartmentDeadlineRule deadlines = new(WorkingDayCalendar.China);

    public ReviewCase Open(CaseAccepted accepted, Implementation implementation)
    {
        var departments = implementation.Departments
            .Select(d => new PlannedDepartment(d.DepartmentId, d.Name, d.LimitWorkingDays, d.SignsOff,
                deadlines.Deadline(accepted.AcceptedOn, d.LimitWorkingDays, accepted.DueDate)))
            .ToList();
        return ReviewCase.Open(Facts(accepted), departments, clock.GetUtcNow(), rules.Value.For(accepted.ImplementationCode));
    }

    private static AcceptedCase Facts(CaseAccepted a) => new(
        a.CaseId, a.CaseNumber, a.MatterCode, a.MatterName, a.ImplementationCode, a.ImplementationVersion,
        a.HandlingOrgUnitId, a.HandlingDivision, a.SubmittedAtOrgUnitId, a.SubmittedAtDivision,
        new Holder(a.Applicant.Kind, a.Applicant.Name, a.Applicant.MaskedId, a.Applicant.IdDigest, a.Applicant.CreditCode),
        a.AcceptedAt, a.AcceptedOn, a.DueDate);
}
