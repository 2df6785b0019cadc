using Linkage.Contracts.Catalog.V1;
using Linkage.Contracts.Events.Intake;
using Linkage.Fees.Domain;
using Linkage.Fees.Persistence;
using Linkage.Messaging;
using Linkage.ServiceDefaults.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Fees.Messaging;

/// <summary>A case's assessment, made from its pinned implementation entry the first time the case is heard of
/// (accepted or approved, in any order). A one-thing case (一件事) owes every leg's fees in one assessment, collected
/// by the centre that owns the bundle (decision 0511).</summary>
public sealed class FeeAssessor(FeesDbContext db, CatalogLookup catalog, TimeProvider clock)
{
    /// <summary>The assessments of several cases read into the context in one statement, for
    /// <see cref="LoadedOrAssessAsync"/> (a batch, decision 0662).</summary>
    public Task LoadAsync(IEnumerable<Guid> caseIds, CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        return db.Assessments.Where(a => ids.Contains(a.CaseId)).LoadAsync(ct);
    }

    /// <summary>The assessment <see cref="LoadAsync"/> read or this batch assessed already, else a new one.</summary>
    public async Task<FeeAssessment> LoadedOrAssessAsync(
        AssessedCase c, string implementationCode, int version, BundleSummary? bundle, CancellationToken ct) =>
        db.Tracked<FeeAssessment>(a => a.CaseId == c.CaseId) ?? await AssessAsync(c, implementationCode, version, bundle, ct);

    private async Task<FeeAssessment> AssessAsync(AssessedCase c, string implementationCode, int version, BundleSummary? bundle, CancellationToken ct)
    {
        FeeAssessment assessment;
        if (bundle is not null)
        {
            var legs = bundle.Legs.Select(l => (l.ImplementationCode, l.ImplementationVersion, l.MatterName));
            assessment = FeeAssessment.Assess(c with { DepartmentId = c.HandlingOrgUnitId }, await BundleLinesAsync(catalog, legs, ct), clock.GetUtcNow());
        }
        else
        {
            var entry = await catalog.ImplementationAsync(implementationCode, version, ct);
            assessment = FeeAssessment.Assess(c with { DepartmentId = CollectingDepartment(entry, c.HandlingOrgUnitId) },
                entry.Found ? Lines(entry) : [], clock.GetUtcNow());
        }
        db.Assessments.Add(assessment);
        return assessment;
    }

    /// <summary>Fee lines as listed (收费项目), in integer fen.</summary>
    public static IEnumerable<FeeLine> Lines(Implementation entry) =>
        entry.Fees.Where(f => f.AmountFen > 0).Select(f => new FeeLine(f.Item, f.Basis, f.AmountFen, f.AmountFen));

    /// <summary>Every leg's fee lines, each item named with its leg's matter (一件事 one payment).</summary>
    public static async Task<IReadOnlyList<FeeLine>> BundleLinesAsync(
        CatalogLookup catalog, IEnumerable<(string Code, int Version, string MatterName)> legs, CancellationToken ct)
    {
        var lines = new List<FeeLine>();
        foreach (var (code, version, matter) in legs)
        {
            var entry = await catalog.ImplementationAsync(code, version, ct);
            if (entry.Found) lines.AddRange(Lines(entry).Select(l => l with { Item = $"{matter}：{l.Item}" }));
        }
        return lines;
    }

    private static string CollectingDepartment(Implementation entry, string orgUnitId) =>
        entry.Departments.FirstOrDefault(d => d.SignsOff)?.DepartmentId ?? entry.Departments.FirstOrDefault()?.DepartmentId ?? orgUnitId;
}
