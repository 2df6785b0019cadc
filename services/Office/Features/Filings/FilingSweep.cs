using Linkage.Contracts.Events.Office;
using Linkage.Messaging;
using Linkage.Office.Domain;
using Linkage.Office.Persistence;
using Linkage.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Linkage.Office.Features.Filings;

/// <summary>One pass over issued decisions not reported by their time: each is marked unfiled and supervision told once
/// (NegativeDecisionUnfiled). Rows are claimed FOR UPDATE SKIP LOCKED, so replicas sweep disjoint batches.</summary>
public sealed class FilingSweep(OfficeDbContext db, TimeProvider clock) : ISweep
{
    public static string IntervalKey => "Office:SweepInterval";

    private const int Batch = 100;

    public Task<int> RunAsync(CancellationToken ct) => db.InTransactionAsync(SweepAsync, ct);

    private async Task<int> SweepAsync(IDbContextTransaction tx, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = nameof(FilingStatus.Due);
        var late = await db.Filings.FromSql($"""
            SELECT *, xmin FROM office.negative_filings WHERE "Status" = {due} AND "ReportBy" < {now}
            ORDER BY "ReportBy" LIMIT {Batch} FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        foreach (var filing in late)
        {
            filing.Flag(now);
            db.Publish(Unfiled.Of(filing, now), filing.CaseId.ToString());
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return late.Count;
    }
}

public static class Unfiled
{
    public static NegativeDecisionUnfiled Of(NegativeFiling f, DateTimeOffset now) => new(
        f.Id, f.CaseId, f.CaseNumber, System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(f.Kind.ToString()),
        f.OrgUnitId, f.Division, f.IssuedAt ?? f.RaisedAt, now);
}
