using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

public static class CaseDepartments
{
    /// <summary>Adds the departments not yet recorded for the case; saved with the consumer's inbox row.</summary>
    public static async Task ProjectAsync(ModuleDbContext db, Guid caseId, IEnumerable<string> departmentIds, CancellationToken ct)
    {
        var rows = db.Set<CaseDepartment>();
        var known = await rows.Where(d => d.CaseId == caseId).Select(d => d.DepartmentId).ToListAsync(ct);
        rows.AddRange(departmentIds.Distinct().Except(known).Select(d => new CaseDepartment(caseId, d)));
    }
}
