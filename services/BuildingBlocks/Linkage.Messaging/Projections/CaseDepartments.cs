using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

public static class CaseDepartments
{
    /// <summary>Adds the departments not yet recorded for the case: one <c>INSERT … ON CONFLICT DO NOTHING</c>, instead of
    /// reading the case's rows and inserting the missing ones with the batch (decision 0655). In a consumer applied in one
    /// batch it commits before the inbox row, as a milestone's bare row does (0619): a delivery that fails afterwards or
    /// comes again finds the rows in place and adds none twice; the rows say only what approval's ReviewOpened said.</summary>
    public static async Task ProjectAsync(ModuleDbContext db, Guid caseId, IEnumerable<string> departmentIds, CancellationToken ct)
    {
        var departments = departmentIds.Distinct().ToArray();
        if (departments.Length == 0) return;
        await db.Database.ExecuteSqlRawAsync(InsertSql(db.ModuleSchema), [caseId, departments], ct);
    }

    private static string InsertSql(string schema) =>
        $"INSERT INTO \"{schema}\".case_departments (case_id, department_id) SELECT {{0}}, d FROM unnest({{1}}) AS d ON CONFLICT DO NOTHING";
}
