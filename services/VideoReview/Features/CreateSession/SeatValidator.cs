using Linkage.ServiceDefaults.Json;
using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Features.CreateSession;

/// <summary>One seat: reviewers are an org unit (and department); the recorder is a named person of an org unit; the
/// applicant's representative is a named person (the applicant, or the agent acting for them).</summary>
public static class SeatValidator
{
    public const int SubjectLength = 128;

    public static Participant? Validate(ParticipantInput input, string at, FieldErrors errors)
    {
        var orgUnit = input.OrgUnitId?.Trim() ?? "";
        var department = string.IsNullOrWhiteSpace(input.DepartmentId) ? null : input.DepartmentId.Trim();
        var subject = string.IsNullOrWhiteSpace(input.Subject) ? null : input.Subject.Trim();
        var role = ParticipantRole.Reviewer;
        if (input.Role is not null && !KebabEnum.TryParse(input.Role, out role))
            errors.Add($"{at}.role", "Use reviewer, recorder or applicant-representative.");
        else if (role != ParticipantRole.ApplicantRepresentative && orgUnit is not { Length: > 0 and <= SessionLimits.IdLength })
            errors.Add($"{at}.orgUnitId", "An org unit id of 1 to 64 characters is required.");
        else if (orgUnit.Length > SessionLimits.IdLength)
            errors.Add($"{at}.orgUnitId", "An org unit id is at most 64 characters.");
        else if (department is { Length: > SessionLimits.IdLength } || department is not null && role != ParticipantRole.Reviewer)
            errors.Add($"{at}.departmentId", "Only a reviewing seat names a department, of at most 64 characters.");
        else if (role == ParticipantRole.Reviewer ? subject is not null : subject is not { Length: <= SubjectLength })
            errors.Add($"{at}.subject", role == ParticipantRole.Reviewer
                ? "A reviewing seat is an org unit or department, not a person."
                : $"The recorder and the applicant's representative are named by their user id (at most {SubjectLength} characters).");
        else return new Participant(orgUnit, department, role, subject);
        return null;
    }
}
