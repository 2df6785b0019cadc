using Linkage.ServiceDefaults.Auth;
using Linkage.VideoReview.Domain;

namespace Linkage.VideoReview.Features.Shared;

/// <summary>Who belongs to a session: its host (the creator) and the staff of the participating org units
/// (of the named department, when one is named).</summary>
public static class SessionMembership
{
    public static bool IsHost(this ReviewSession s, CallerContext caller) => s.CreatedBy == caller.Subject;

    public static TicketRole? RoleOf(this ReviewSession s, CallerContext caller)
    {
        if (!caller.IsStaff) return null;
        if (s.IsHost(caller)) return TicketRole.Host;
        return s.Participants.Any(p => p.OrgUnitId == caller.OrgUnitId && (p.DepartmentId is null || p.DepartmentId == caller.DepartmentId))
            ? TicketRole.Reviewer
            : null;
    }
}
