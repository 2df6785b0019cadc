using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

public static class CaseDepartments
{
    /// <summary>Adds the departments not yet recorded for the case: one <c>INSERT … ON CONFLICT DO NOTHING</c>, instead of
    /// reading the case's rows and inserting the missing ones with the batch (decision 0655). In a consumer applied in one
    /// batch it commits before the inbox row, as a milestone's bare row does (0619): a delivery that fails afterwards or
    /// comes again finds the rows in place and adds none twice; the rows say only what approval's ReviewOpened said.</summary>
    public static Task ProjectAsync(ModuleDbContext db, Guid caseId, IEnumerable<string> departmentIds, CancellationToken ct) =>
        ProjectAsync(db, [(caseId, departmentIds)], ct);

    /// <summary>The departments of several cases in the same one insert (a batch of ReviewOpened, decision 0662).</summary>
    public static async Task ProjectAsync(ModuleDbContext db, IEnumerable<(Guid CaseId, IEnumerable<string> DepartmentIds)> cases, CancellationToken ct)
    {
        var pairs = cases.SelectMany(c => c.DepartmentIds.Select(d => (c.CaseId, Department: d))).Distinct().ToList();
        if (pairs.Count == 0) return;
        await db.Database.ExecuteSqlRawAsync(InsertSql(db.ModuleSchema),
            [pairs.Select(p => p.CaseId).ToArray(), pairs.Select(p => p.Department).ToArray()], ct);
    }

    private static string InsertSql(string schema) =>
        $"INSERT INTO \"{schema}\".case_departments (case_id, department_id) SELECT c, d FROM unnest({{0}}::uuid[], {{1}}::text[]) AS r(c, d) ON CONFLICT DO NOTHING";
}
