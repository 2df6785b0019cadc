using Linkage.Supervision.Domain;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.InvestmentProjects;

/// <summary>An investment project's applications: found for linking (each visible to the caller and in no other
/// project, else 422 naming <c>caseIds</c>), linked, and read for the ledger and the sweep in one statement.</summary>
public static class ProjectCases
{
    public const int Most = 100;

    /// <summary>The cases to link, tracked; every one missing from the caller's scope or taken by another project is an error.</summary>
    public static async Task<List<SupervisedCase>> FindAsync(SupervisionDbContext db, CallerContext caller, IReadOnlyList<Guid>? ids,
        Guid? projectId, string field, FieldErrors errors, CancellationToken ct)
    {
        var wanted = (ids ?? []).Distinct().ToArray();
        if (wanted.Length == 0) return [];
        var found = await db.Cases.VisibleTo(db.CaseDepartments, caller).Where(c => wanted.Contains(c.Id)).ToListAsync(ct);
        foreach (var missing in wanted.Except(found.Select(c => c.Id))) errors.Add(field, $"No case {missing} in your subtree.");
        foreach (var taken in found.Where(c => c.InvestmentProjectId is { } other && other != projectId))
            errors.Add(field, $"Case {taken.CaseNumber} belongs to another investment project.");
        return found;
    }

    /// <summary>Links the cases; the next sweep judges the project again.</summary>
    public static void Link(InvestmentProject project, IEnumerable<SupervisedCase> cases, DateTimeOffset at)
    {
        var linked = false;
        foreach (var c in cases) linked |= c.LinkToProject(project, at);
        if (linked) project.Recheck();
    }

    /// <summary>The applications of the projects, in one statement.</summary>
    public static async Task<ILookup<Guid, ProjectCase>> ReadAsync(SupervisionDbContext db, IReadOnlyCollection<Guid> projectIds, CancellationToken ct) =>
        (await db.Cases.AsNoTracking().Where(c => c.InvestmentProjectId != null && projectIds.Contains(c.InvestmentProjectId.Value))
            .OrderBy(c => c.DueDate).ThenBy(c => c.CaseNumber)
            .Select(c => new ProjectCase(c.InvestmentProjectId!.Value, c.Id, c.CaseNumber, c.MatterCode, c.MatterName, c.HandlingDivision,
                c.Status, c.ClockStoppedOn == null, c.DueDate, c.CompletedOn, c.OnTime, c.KeyProjectMarkedAt != null))
            .ToListAsync(ct)).ToLookup(c => c.ProjectId);

    /// <summary>The project, when it is in the caller's subtree and the caller oversees it (supervisors and admins: a
    /// project spans departments, so a reviewer or clerk does not read it).</summary>
    public static Task<InvestmentProject?> VisibleAsync(SupervisionDbContext db, CallerContext caller, Guid projectId, CancellationToken ct) =>
        SupervisionScope.MaySupervise(caller)
            ? db.InvestmentProjects.Where(p => p.Id == projectId && EF.Functions.Like(p.Division, caller.SubtreePattern)).FirstOrDefaultAsync(ct)
            : Task.FromResult<InvestmentProject?>(null);
}
