using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Linkage.Catalog.Features.Cascade;

/// <summary>Re-applies a matter's latest version to the entries of the target's units, upper tiers first: a field
/// whose value was local stays (an override), an inherited one is taken again from the upper entry (locks hold), one
/// from the matter takes the new version's value. An entry the new values would break is left as it was (logged).</summary>
public sealed class EntryRefresh(CatalogDbContext db, ILogger log)
{
    private readonly Dictionary<string, Implementation> refreshed = new(StringComparer.Ordinal);

    public async Task<int> ApplyAsync(Matter matter, string target, CancellationToken ct)
    {
        var units = await MatterCascade.UnitsFor(db, target).ToDictionaryAsync(o => o.Id, o => DivisionCode.Parse(o.DivisionCode).Level, ct);
        var ids = units.Keys.ToList();
        var entries = await db.Implementations.AsNoTracking()
            .Where(i => i.MatterCode == matter.Code && ids.Contains(i.OrgUnitId)).ToListAsync(ct);
        var latest = matter.Latest;
        foreach (var current in entries.GroupBy(e => e.Code).Select(g => g.MaxBy(e => e.Version)!).OrderBy(e => units[e.OrgUnitId]))
        {
            if (!current.Active || current.MatterVersion >= latest.Version) continue;
            var upper = current.InheritsFrom is { } code ? await UpperAsync(code, ct) : null;
            if (Refresh(current, upper, matter.Code, latest) is not { } next) continue;
            db.Implementations.Add(next);
            refreshed[next.Code] = next;
        }
        return refreshed.Count;
    }

    private Implementation? Refresh(Implementation current, Implementation? upper, string matterCode, MatterVersion latest)
    {
        var sources = current.Provenance.ToDictionary(p => p.Field, p => p.Source);
        bool Local(string field) => !sources.TryGetValue(field, out var source) || source == "local";
        var inheritance = new Inheritance(upper, latest, matterCode);
        var t = inheritance.Merge(new EntryTerms(
            Local("caseKind") ? current.CaseKind : null, Local("legalLimit") ? current.LegalLimit : null,
            Local("committedLimit") ? current.CommittedLimit : null, Local("trips") ? current.Trips : null,
            Local("materials") ? current.Materials : null, Local("departments") ? current.Departments : null,
            Local("proxyAllowed") ? current.ProxyAllowed : null, Local("fees") ? current.Fees : null,
            Local("hours") ? current.Hours : null, Local("licence") ? current.Licence : null));
        var from = current.EffectiveFrom > latest.EffectiveFrom ? current.EffectiveFrom : latest.EffectiveFrom;
        var draft = new ImplementationDraft(current.Code, current.Version + 1, from, matterCode, current.OrgUnitId,
            t.CaseKind ?? current.CaseKind, t.LegalLimit ?? current.LegalLimit, t.CommittedLimit ?? current.CommittedLimit,
            t.Trips ?? current.Trips, t.Materials ?? current.Materials, t.Departments ?? current.Departments,
            t.ProxyAllowed ?? current.ProxyAllowed, t.Licence ?? current.Licence)
        {
            MatterVersion = latest.Version, Fees = t.Fees ?? current.Fees, Hours = t.Hours ?? current.Hours,
            InheritsFrom = current.InheritsFrom, Locks = current.Locks, Provenance = inheritance.Provenance,
        };
        var broken = ImplementationRules.For(draft).Where(r => r.IsBroken()).Concat(inheritance.Broken).ToList();
        if (broken.Count == 0) return Implementation.Create(draft);
        log.LogWarning("Entry {Code} keeps matter {Matter} v{Pinned}: v{Version} would break {Fields}",
            current.Code, matterCode, current.MatterVersion, latest.Version, string.Join(", ", broken.Select(b => b.Field)));
        return null;
    }

    private async Task<Implementation?> UpperAsync(string code, CancellationToken ct) =>
        refreshed.GetValueOrDefault(code)
        ?? (await db.Implementations.AsNoTracking().Where(i => i.Code == code && i.Active).ToListAsync(ct)).MaxBy(i => i.Version);
}
