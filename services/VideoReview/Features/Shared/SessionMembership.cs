using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Features.Shared;

/// <summary>Who belongs to a session: its host (the creator), the people named in a seat (recorder, applicant's
/// representative), and the staff of the participating org units (of the named department, when one is named).</summary>
public static class SessionMembership
{
    public static bool IsHost(this ReviewSession s, CallerContext caller) => s.CreatedBy == caller.Subject;

    public static TicketRole? RoleOf(this ReviewSession s, CallerContext caller)
    {
        if (caller.IsStaff && s.IsHost(caller)) return TicketRole.Host;
        if (s.Participants.FirstOrDefault(p => p.Subject is not null && p.Subject == caller.Subject) is { } named)
            return named.Role == ParticipantRole.Recorder
                ? caller.IsStaff ? TicketRole.Recorder : null
                : TicketRole.ApplicantRepresentative;
        return s.SeatOf(caller) is not null ? TicketRole.Reviewer : null;
    }

    /// <summary>The reviewing seat the caller votes in: their department's, else their org unit's.</summary>
    public static Participant? SeatOf(this ReviewSession s, CallerContext caller)
    {
        if (!caller.IsStaff || caller.OrgUnitId is not { } orgUnit) return null;
        var seats = s.Participants.Where(p => p.Role == ParticipantRole.Reviewer && p.OrgUnitId == orgUnit).ToList();
        return seats.FirstOrDefault(p => p.DepartmentId is not null && p.DepartmentId == caller.DepartmentId)
            ?? seats.FirstOrDefault(p => p.DepartmentId is null);
    }

    /// <summary>The host, the reviewers and the recorder conclude; the applicant's representative does not.</summary>
    public static bool MayConclude(this TicketRole role) => role is not TicketRole.ApplicantRepresentative;
}
