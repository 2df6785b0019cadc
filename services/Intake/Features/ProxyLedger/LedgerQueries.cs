using Linkage.Intake.Domain;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>Which ledger lines a caller may see, as part of the query: a village agent only their own station's,
/// other staff the stations in their subtree, anyone else none.</summary>
public static class LedgerQueries
{
    public static IQueryable<ProxyLedgerEntry> VisibleTo(this IQueryable<ProxyLedgerEntry> lines, CallerContext caller)
    {
        if (caller.Has(Roles.VillageAgent)) return lines.OfStation(caller);
        var pattern = caller.SubtreePattern;
        return caller.IsStaff && !CaseReach.ReviewsOnly(caller) ? lines.Where(e => EF.Functions.Like(e.StationDivision, pattern)) : lines.Where(_ => false);
    }

    /// <summary>The caller's own station's lines (none for a caller without a station).</summary>
    public static IQueryable<ProxyLedgerEntry> OfStation(this IQueryable<ProxyLedgerEntry> lines, CallerContext caller)
    {
        var station = caller.OrgUnitId ?? CaseReach.Nothing;
        return lines.Where(e => e.StationOrgUnitId == station);
    }

    public static async Task<Page<T>> ListAsync<T>(
        this IQueryable<ProxyLedgerEntry> lines, PageRequest page, Func<ProxyLedgerEntry, T> view, CancellationToken ct) =>
        (await lines.AsNoTracking().PageAsync(page, o => o.Desc(e => e.AskedAt).Asc(e => e.Id), ct)).Map(view);
}
