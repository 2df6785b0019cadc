using Linkage.ServiceDefaults.Queries;
using Linkage.Supervision.Features.Shared;
using Linkage.Supervision.Features.Stats;
using Linkage.Supervision.Persistence;
using Linkage.Testing.Plans;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace Linkage.Supervision.Tests;

/// <summary>A province's year by child region comes from the region's month cells (decision 0585): analysed with
/// EXPLAIN (ANALYZE, BUFFERS), the read touches no daily counter and at most children × months cells, and its figures
/// equal a recount of the daily counters, also after rows of a closed month are corrected and deleted.</summary>
public sealed class RegionCellPlanTests(SupervisionHostFixture fixture, ITestOutputHelper output) : IClassFixture<SupervisionHostFixture>
{
    private const int Cities = 9, Months = 12;
    private static readonly Period Year = new(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));

    [Fact]
    public async Task A_province_year_by_child_region_reads_children_times_months_cells_and_matches_the_daily_counters()
    {
        await SeedAsync();
        Assert.Equal(1, (await AssertMatchesRecountAsync()).Statements); // nothing waits to be folded: one statement (0598)

        await fixture.ExecuteAsync("""
            UPDATE supervision.daily_counts SET "Received" = "Received" + 2 WHERE "HandlingOrgUnitId" = 'plan-unit-7' AND "Day" < DATE '2023-03-01';
            DELETE FROM supervision.daily_counts WHERE "HandlingDivision" LIKE '3503%' AND "Day" BETWEEN DATE '2023-06-01' AND DATE '2023-06-30';
            """);
        await AssertMatchesRecountAsync();
    }

    [Fact]
    public async Task A_count_delta_not_yet_folded_is_in_the_figures_of_the_next_read()
    {
        await SeedAsync();
        var before = (await RecountAsync())["350200000000"].Item1;

        await fixture.ExecuteAsync("""
            INSERT INTO supervision.count_deltas ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "WindowId",
                "DepartmentId", "Received", "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays",
                "Yellow", "Red", "Ratings", "GradeSum", "Satisfied", "Online", "RectificationsClosed", "RectificationsOverdue")
            VALUES (DATE '2023-05-03', '350221100000', 'plan-unit-1', 'plan-matter-0', '', '', 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            """);
        var (rows, _) = await AssertMatchesRecountAsync(); // folded first, by the read or by the host's background fold

        Assert.Equal(before + 7, rows.Single(r => r.Key == "350200000000").Received);
    }

    private async Task<(IReadOnlyList<BreakdownRow> Rows, int Statements)> AssertMatchesRecountAsync()
    {
        var recorder = new PlanRecorder();
        var options = new DbContextOptionsBuilder<SupervisionDbContext>().UseNpgsql(fixture.Host.ConnectionString).AddInterceptors(recorder).Options;
        await using var db = new SupervisionDbContext(options);

        var rows = await BreakdownQuery.RunAsync(db, new Subtree("350000000000", "35%"), null, Year, Breakdown.ChildRegion,
            Linkage.Kernel.ChinaTime.Today(TimeProvider.System), CancellationToken.None);

        foreach (var node in recorder.Plans.SelectMany(p => p.Nodes)) output.WriteLine(node.ToString());
        Assert.Empty(recorder.Plans.SelectMany(p => p.Reading("daily_counts")));
        var cells = recorder.Plans.SelectMany(p => p.Reading("region_months")).ToList();
        Assert.NotEmpty(cells);
        Assert.DoesNotContain(cells, n => n.IsSequentialScan);
        Assert.True(cells.Sum(n => n.RowsRead) <= Cities * Months, $"{cells.Sum(n => n.RowsRead)} cells read for {Cities} cities × {Months} months");
        Assert.Equal((await RecountAsync()).OrderBy(e => e.Key), rows.Select(r => KeyValuePair.Create(r.Key, (r.Received, r.Completed, r.Red))).OrderBy(a => a.Key));
        return (rows, recorder.Plans.Count);
    }

    /// <summary>A year (2023, which no other class writes) of daily counters for 1,053 towns in nine cities: two days a
    /// month for every town, spread over 40 units and two matters.</summary>
    private Task SeedAsync() => fixture.ExecuteAsync("""
        INSERT INTO supervision.daily_counts ("Day", "HandlingDivision", "HandlingOrgUnitId", "MatterCode", "Received",
            "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow", "Red", "Ratings",
            "GradeSum", "Satisfied", "Online", "RectificationsClosed", "RectificationsOverdue")
        SELECT make_date(2023, m, d), '35' || lpad(c::text, 2, '0') || (20 + k)::text || (99 + t)::text || '000',
               'plan-unit-' || ((c * 13 + t) % 40), 'plan-matter-' || (t % 2), 3, 2, 1, 1, 0, 1, 0, 0, (m + t) % 2, 0, 0, 0, 0, 0, 0
        FROM generate_series(1, 9) c, generate_series(1, 9) k, generate_series(1, 13) t, generate_series(1, 12) m, (VALUES (3), (17)) days(d)
        ON CONFLICT DO NOTHING; -- seeded once for the class
        ANALYZE supervision.region_months;
        """);

    private async Task<Dictionary<string, (int, int, int)>> RecountAsync()
    {
        var recount = new Dictionary<string, (int, int, int)>();
        await using var connection = new NpgsqlConnection(fixture.Host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT rpad(left("HandlingDivision", 4), 12, '0'), sum("Received")::int, sum("Completed")::int, sum("Red")::int
            FROM supervision.daily_counts WHERE "DepartmentId" = '' AND "HandlingDivision" LIKE '35%'
              AND "Day" BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'
            GROUP BY 1
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) recount[reader.GetString(0)] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
        return recount;
    }
}
