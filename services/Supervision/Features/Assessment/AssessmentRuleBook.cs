using Linkage.Kernel;
using Linkage.Supervision.Domain;
using Linkage.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>The 千分制 rules in force for a region: its own, else the nearest region above with rules, else the default.</summary>
public static class AssessmentRuleBook
{
    public static async Task<(AssessmentTerms Terms, string Source)> ForAsync(SupervisionDbContext db, DivisionCode division, CancellationToken ct)
    {
        var lineage = Lineage(division).ToList();
        var own = await db.AssessmentRules.AsNoTracking().Where(r => lineage.Contains(r.Division)).ToListAsync(ct);
        foreach (var code in lineage)
            if (own.FirstOrDefault(r => r.Division == code) is { } found) return (found.Terms, code);
        return (AssessmentTerms.Default, "default");
    }

    /// <summary>The division and every division above it, nearest first.</summary>
    public static IEnumerable<string> Lineage(DivisionCode division)
    {
        for (DivisionCode? d = division; d is { } current; d = current.Parent) yield return current.Value;
    }
}
