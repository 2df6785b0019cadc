using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Features.CreateSession;

/// <summary>A department takes part only when it is in the case's review plan; an org unit without a department
/// (a centre of another tier, the recorder's unit) always may.</summary>
public static class PlanSeats
{
    public static FieldErrors Check(ValidSession session, CasePlan? plan)
    {
        var errors = new FieldErrors();
        for (var i = 0; i < session.Participants.Count; i++)
        {
            if (session.Participants[i].DepartmentId is not { } department) continue;
            if (plan is null) errors.Add($"participants[{i}].departmentId", "The case's review plan is not known yet; name departments once the review is open.");
            else if (!plan.Includes(department)) errors.Add($"participants[{i}].departmentId", "This department is not in the case's review plan.");
        }
        return errors;
    }
}
