using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Linkage.Fees.Persistence;

/// <summary>Non-tax receipt numbers (非税收入票据号): the unit's six-digit division prefix, the year and a per-unit,
/// per-year serial from a counter row, taken in its own short transaction (a rolled-back payment leaves a gap).</summary>
public static class ReceiptNumbers
{
    public static async Task<string> NextAsync(FeesDbContext db, string orgUnitId, string division, int year, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""
            INSERT INTO fees.receipt_counters ("OrgUnitId", "Year", "Last") VALUES ($1, $2, 1)
            ON CONFLICT ("OrgUnitId", "Year") DO UPDATE SET "Last" = receipt_counters."Last" + 1
            RETURNING "Last"
            """, connection) { Parameters = { new() { Value = orgUnitId }, new() { Value = year } } };
        var serial = (long)(await command.ExecuteScalarAsync(ct))!;
        return $"{division[..6]}{year}{serial:D8}";
    }
}
