using Linkage.Catalog.Domain;
using Linkage.Catalog.Domain.Rules;
using Linkage.Catalog.Features.GetBundle;
using Linkage.Catalog.Features.Shared;
using Linkage.Catalog.Persistence;
using Linkage.Kernel;
using Microsoft.EntityFrameworkCore;
using Linkage.ServiceDefaults.Audit;

namespace Linkage.Catalog.Features.SaveBundle;

/// <summary>Adds the next version of a bundle after checking scope, the centre, every leg against the catalogue and
/// the combined limit; nothing is added when any check fails. The caller saves.</summary>
public sealed class BundleWriter(CatalogDbContext db, TimeProvider clock)
{
    public async Task<BundleOutcome> WriteAsync(BundleRequest r, CallerContext caller, CancellationToken ct)
    {
        var code = r.Code!;
        var latest = await db.Bundles.AsNoTracking().Where(b => b.Code == code).OrderByDescending(b => b.Version).FirstOrDefaultAsync(ct);
        var unit = (latest?.OrgUnitId ?? r.OrgUnitId) is { } id ? await db.ManagedAsync(caller, id, ct) : null;
        if (latest is not null && unit is null) return new(null, null, NotFound: true);
        var errors = new FieldErrors()
            .Require(unit is not null, "orgUnitId", $"No org unit {r.OrgUnitId} exists in your subtree.")
            .Require(unit is null || unit.Kind == OrgUnitKind.Centre, "orgUnitId", "A bundle is taken at a service centre's window.")
            .Require(latest is null || r.OrgUnitId is null || r.OrgUnitId == latest.OrgUnitId, "orgUnitId", "A bundle stays with its org unit.");
        if (errors.Any) return new(null, errors);

        var today = ChinaTime.ToLocalDate(clock.GetUtcNow());
        var effective = r.EffectiveFrom ?? today;
        var limit = new HandlingTimeLimit(r.CommittedLimit!.Amount, r.CommittedLimit.Unit);
        var draft = new BundleDraft(code, (latest?.Version ?? 0) + 1, effective, r.Name ?? latest?.Name ?? "", unit!.Id, limit,
            r.LegCodes, r.MergedLicence is { Produces: true } licence ? licence : Licence.None)
        {
            Keywords = r.Keywords ?? latest?.Keywords ?? [],
        };
        var entries = await db.CurrentAsync(draft.Legs, effective, ct);
        var legs = draft.Legs.Select(c => entries.TryGetValue(c, out var e) && e.OrgUnitId == unit.Id ? e : null).ToList();
        var broken = BundleRules.For(draft).Concat(BundleLegRules.For(draft, legs))
            .Append(new EffectiveDateRule("effectiveFrom", effective, latest?.EffectiveFrom, today))
            .Where(rule => rule.IsBroken()).ToList();
        if (broken.Count > 0) return new(null, RuleProblems.ToErrors(broken));

        var bundle = Bundle.Create(draft);
        db.Bundles.Add(bundle);
        db.Audit(caller, "bundle.written", "bundle", bundle.Code, new { version = bundle.Version });
        return new(bundle, null);
    }
}

/// <summary>The bundle added (not yet saved), or the 422 field errors, or <see cref="NotFound"/> for an existing
/// bundle the caller does not manage.</summary>
public sealed record BundleOutcome(Bundle? Bundle, FieldErrors? Errors, bool NotFound = false);
