namespace Linkage.VideoReview.Domain;

/// <summary>A seat in a session: an org unit (centre, town centre, station) or one of its departments taking part as
/// reviewers, or a named person (<see cref="Subject"/>) as the recorder or the applicant's representative.</summary>
public sealed record Participant(string OrgUnitId, string? DepartmentId, ParticipantRole Role = ParticipantRole.Reviewer, string? Subject = null)
{
    public bool Is(string orgUnitId, string? departmentId) =>
        Role == ParticipantRole.Reviewer && OrgUnitId == orgUnitId && DepartmentId == departmentId;
}
