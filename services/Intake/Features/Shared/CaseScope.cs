using Linkage.Intake.Domain;
using Linkage.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.Shared;

/// <summary>The cases a caller may see, as part of the query: staff their subtree (where the case was taken
/// or where it is handled), applicants their own.</summary>
public static class CaseScope
{
    public static IQueryable<IntakeCase> VisibleTo(this IQueryable<IntakeCase> cases, CallerContext caller)
    {
        if (caller.IsStaff && caller.Division is not null)
        {
            var pattern = caller.SubtreePattern;
            return cases.Where(c => EF.Functions.Like(c.HandlingDivision, pattern) || EF.Functions.Like(c.SubmittedAtDivision, pattern));
        }
        var digest = caller.IdDigest ?? "\u0000";
        return cases.Where(c => c.Applicant.IdDigest == digest);
    }
}
