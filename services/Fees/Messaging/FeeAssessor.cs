using Linkage.Contracts.Catalog.V1;
using Linkage.Fees.Domain;
using Linkage.Fees.Persistence;
using Linkage.ServiceDefaults.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Messaging;

/// <summary>A case's assessment, made from its pinned implementation entry the first time the case is heard of
/// (accepted or approved, in any order). An entry the catalog does not know (a bundle's code) lists no fees.</summary>
public sealed class FeeAssessor(FeesDbContext db, CatalogLookup catalog, TimeProvider clock)
{
    public async Task<FeeAssessment> FindOrAssessAsync(AssessedCase c, string implementationCode, int version, CancellationToken ct)
    {
        var found = await db.Assessments.FirstOrDefaultAsync(a => a.CaseId == c.CaseId, ct);
        if (found is not null) return found;
        var entry = await catalog.ImplementationAsync(implementationCode, version, ct);
        var assessment = FeeAssessment.Assess(c with { DepartmentId = CollectingDepartment(entry, c.HandlingOrgUnitId) },
            entry.Found ? Lines(entry) : [], clock.GetUtcNow());
        db.Assessments.Add(assessment);
        return assessment;
    }

    /// <summary>Fee lines as listed (收费项目), in integer fen.</summary>
    public static IEnumerable<FeeLine> Lines(Implementation entry) =>
        entry.Fees.Where(f => f.AmountFen > 0).Select(f => new FeeLine(f.Item, f.Basis, f.AmountFen, f.AmountFen));

    private static string CollectingDepartment(Implementation entry, string orgUnitId) =>
        entry.Departments.FirstOrDefault(d => d.SignsOff)?.DepartmentId ?? entry.Departments.FirstOrDefault()?.DepartmentId ?? orgUnitId;
}
