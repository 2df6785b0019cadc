using Linkage.Office.Domain;
using Linkage.Office.Features.Shared;
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

    /// <summary>A negative decision proposed at a centre that approves first: held until the management decides. A
    /// returned filing is held again with the new reason; a held or decided one stays as it is.</summary>
    public static async Task HoldAsync(this OfficeDbContext db, NegativeFact fact, FilingKind kind, string by, string byName, CancellationToken ct)
    {
        var filing = await db.FilingOfAsync(fact.CaseId, kind, ct, fact.TaskId);
        if (filing is null) db.Filings.Add(NegativeFiling.Held(fact, kind, by, Texts.Clip(byName)));
        else if (filing.Status == FilingStatus.Returned) filing.HoldAgain(fact, by, Texts.Clip(byName));
    }
}
