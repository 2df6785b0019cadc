using Linkage.Office.Domain;
using Linkage.Office.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Office.Messaging;

public static class CentreRulesLookup
{
    /// <summary>The centre's rules, or the defaults when it set none.</summary>
    public static async Task<CentreRules> RulesOfAsync(this OfficeDbContext db, string centre, string division, CancellationToken ct) =>
        await db.Rules.AsNoTracking().FirstOrDefaultAsync(r => r.OrgUnitId == centre, ct) ?? CentreRules.Default(centre, division);

    /// <summary>The case's filing of that kind; a held rejection is one per task (decision 0562).</summary>
    public static Task<NegativeFiling?> FilingOfAsync(this OfficeDbContext db, Guid caseId, FilingKind kind, CancellationToken ct, Guid? taskId = null) =>
        db.Filings.FirstOrDefaultAsync(f => f.CaseId == caseId && f.Kind == kind && f.TaskId == taskId, ct);
}
