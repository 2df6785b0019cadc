using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Linkage.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Catalog.Features.SaveImplementation;

/// <summary>Adds an implementation entry version after checking scope, references, inheritance and locks and every
/// entry rule; the caller saves (so a delegation is recorded in the same transaction).</summary>
public sealed class EntryWriter(CatalogDbContext db, TimeProvider clock)
{
    public async Task<EntryOutcome> WriteAsync(EntryCommand c, CallerContext caller, CancellationToken ct)
    {
        if (InputCheck.Code(c.Code, BasicCode.ImplementationMaxLength) is { } bad) return Invalid(new FieldErrors().Add("code", bad));
        var latest = await db.Implementations.AsNoTracking().Where(i => i.Code == c.Code).OrderByDescending(i => i.Version).FirstOrDefaultAsync(ct);
        var unit = (latest?.OrgUnitId ?? c.OrgUnitId) is { } id ? await db.ManagedAsync(caller, id, ct) : null;
        if (latest is not null && unit is null) return new(null, null, NotFound: true);
        var matterCode = latest?.MatterCode ?? c.MatterCode ?? "";
        var matter = await db.Matters.AsNoTracking().FirstOrDefaultAsync(m => m.Code == matterCode, ct);
        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        var effective = c.EffectiveFrom ?? today;
        var catalogue = matter?.VersionOn(effective);
        var upper = c.InheritsFrom is { } from ? await UpperAsync(from, matterCode, unit, ct) : null;

        var errors = new FieldErrors()
            .Require(unit is not null, "orgUnitId", $"No org unit {c.OrgUnitId} exists in your subtree.")
            .Require(latest is null || c.OrgUnitId is null || c.OrgUnitId == latest.OrgUnitId, "orgUnitId", "An entry stays with its org unit.")
            .Require(matter is not null, "matterCode", $"No matter {matterCode} exists.")
            .Require(latest is null || c.MatterCode is null || c.MatterCode == latest.MatterCode, "matterCode", "An entry stays with its matter.")
            .Require(matter is null || catalogue is not null, "effectiveFrom", "No version of the matter is in force on that date.")
            .Require(c.InheritsFrom is null || upper is not null, "inheritsFrom",
                "Inherit from an active entry of the same matter at an org unit above this one.");
        if (errors.Any) return Invalid(errors);

        var inheritance = new Inheritance(upper, catalogue, matterCode);
        var t = inheritance.Merge(c.Terms);
        errors.Require(t.CaseKind is not null, "caseKind", "A value is required (give it or inherit it).")
            .Require(t.LegalLimit is not null, "legalLimit", "A value is required (give it or inherit it).")
            .Require(t.CommittedLimit is not null, "committedLimit", "A value is required (give it or inherit it).");
        if (errors.Any) return Invalid(errors);

        var draft = new ImplementationDraft(c.Code, (latest?.Version ?? 0) + 1, effective, matterCode, unit!.Id, t.CaseKind!.Value,
            t.LegalLimit!, t.CommittedLimit!, t.Trips ?? 1, t.Materials ?? [], t.Departments ?? [], t.ProxyAllowed ?? false, t.Licence ?? Licence.None)
        {
            MatterVersion = catalogue!.Version, Fees = t.Fees ?? [], Hours = t.Hours, InheritsFrom = upper?.Code,
            Locks = c.Locks ?? latest?.Locks ?? [], Provenance = inheritance.Provenance,
        };
        var reachable = await DepartmentsReachableAsync(unit, ct);
        var broken = ImplementationRules.For(draft).Concat(EntryRules.For(draft, reachable))
            .Append(new EffectiveDateRule("effectiveFrom", effective, latest?.EffectiveFrom, today))
            .Where(r => r.IsBroken()).Concat(inheritance.Broken).ToList();
        if (broken.Count > 0) return Invalid(RuleProblems.ToErrors(broken));

        var entry = Implementation.Create(draft);
        db.Implementations.Add(entry);
        db.Audit(caller, "catalog-entry.written", "implementation", entry.Code, new { version = entry.Version, orgUnit = entry.OrgUnitId });
        return new(entry, null);
    }

    /// <summary>The current version of an active entry of the same matter at a unit strictly above <paramref name="unit"/>.</summary>
    private async Task<Implementation?> UpperAsync(string code, string matterCode, OrgUnit? unit, CancellationToken ct)
    {
        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        var versions = await db.Implementations.AsNoTracking().Where(i => i.Code == code && i.Active).ToListAsync(ct);
        var upper = CurrentVersionPolicy.Current(versions, today);
        if (upper is null || upper.MatterCode != matterCode || unit is null) return null;
        var upperUnit = await db.OrgUnits.AsNoTracking().FirstAsync(o => o.Id == upper.OrgUnitId, ct);
        return upperUnit.DivisionCode != unit.DivisionCode && DivisionTree.IsWithin(unit.DivisionCode, upperUnit.DivisionCode) ? upper : null;
    }

    /// <summary>Departments stationed at the unit's division or above it: a town entry may be reviewed by the county.</summary>
    private async Task<IReadOnlySet<string>> DepartmentsReachableAsync(OrgUnit unit, CancellationToken ct)
    {
        var chain = DivisionTree.SelfAndAncestors(DivisionCode.Parse(unit.DivisionCode));
        return (await (from d in db.Departments join o in db.OrgUnits on d.OrgUnitId equals o.Id
            where chain.Contains(o.DivisionCode) select d.Id).ToListAsync(ct)).ToHashSet();
    }

    private static EntryOutcome Invalid(FieldErrors errors) => new(null, errors);
}
