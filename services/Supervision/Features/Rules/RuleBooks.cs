using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Rules;

public static class RuleBooks
{
    public static async Task<RuleBook> LoadAsync(SupervisionDbContext db, EffectiveRules defaults, CancellationToken ct) =>
        new(await db.RuleSets.AsNoTracking().ToDictionaryAsync(r => r.Division, ct), defaults);

    /// <summary>The rules in force for one region.</summary>
    public static async Task<EffectiveRules> ForAsync(SupervisionDbContext db, EffectiveRules defaults, string division, CancellationToken ct) =>
        (await LoadAsync(db, defaults, ct)).For(division);
}
