using Linkage.Intake.Domain;
using Linkage.Intake.Persistence;
using Linkage.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace Linkage.Intake.Features.ProxyLedger;

/// <summary>Ledger lines in the caller's subtree, with their cases (one more query, not one per line).</summary>
public static class LedgerQueries
{
    public static IQueryable<ProxyLedgerEntry> VisibleTo(this IQueryable<ProxyLedgerEntry> entries, CallerContext caller) =>
        caller.IsStaff ? entries.Where(e => EF.Functions.Like(e.StationDivision, caller.SubtreePattern)) : entries.Where(_ => false);

    public static async Task<IReadOnlyList<LedgerView>> ViewsAsync(IntakeDbContext db, IQueryable<ProxyLedgerEntry> query, CancellationToken ct)
    {
        var entries = await query.AsNoTracking().OrderByDescending(e => e.AskedAt).Take(500).ToListAsync(ct);
        var caseIds = entries.Where(e => e.CaseId is not null).Select(e => e.CaseId!.Value).ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return entries.Select(e => LedgerView.From(e, e.CaseId is { } id ? cases.GetValueOrDefault(id) : null)).ToList();
    }
}
