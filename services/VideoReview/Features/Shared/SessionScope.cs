using Linkage.ServiceDefaults.Auth;
using Linkage.VideoReview.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.VideoReview.Features.Shared;

/// <summary>Staff see the sessions scheduled in their subtree, and may hold sessions on the cases handled or
/// taken there. Participants from elsewhere reach a session through their join ticket (later work).</summary>
public static class SessionScope
{
    public static IQueryable<ReviewSession> VisibleTo(this IQueryable<ReviewSession> sessions, CallerContext caller)
    {
        if (!InScope(caller)) return sessions.Where(_ => false);
        var pattern = caller.SubtreePattern;
        return sessions.Where(s => EF.Functions.Like(s.Division, pattern));
    }

    /// <summary>The subtree's sessions, and those the caller's org unit takes part in (a county joining a city's session).</summary>
    public static IQueryable<ReviewSession> JoinableBy(this IQueryable<ReviewSession> sessions, CallerContext caller)
    {
        if (!InScope(caller)) return sessions.Where(_ => false);
        var pattern = caller.SubtreePattern;
        return sessions.Where(s => EF.Functions.Like(s.Division, pattern) || s.Participants.Any(p => p.OrgUnitId == caller.OrgUnitId));
    }

    public static IQueryable<ReviewableCase> VisibleTo(this IQueryable<ReviewableCase> cases, CallerContext caller)
    {
        if (!InScope(caller)) return cases.Where(_ => false);
        var pattern = caller.SubtreePattern;
        return cases.Where(c => EF.Functions.Like(c.HandlingDivision, pattern) || EF.Functions.Like(c.SubmittedAtDivision, pattern));
    }

    private static bool InScope(CallerContext caller) => caller.IsStaff && caller.Division is not null;
}
