namespace Linkage.VideoReview.Domain;

/// <summary>An org unit (centre, town centre, station) or one of its departments taking part in a session.</summary>
public sealed record Participant(string OrgUnitId, string? DepartmentId)
{
    public bool Is(string orgUnitId, string? departmentId) => OrgUnitId == orgUnitId && DepartmentId == departmentId;
}
