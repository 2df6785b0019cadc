using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using static Linkage.Supervision.Persistence.Migrations.CounterSql;

namespace Linkage.Supervision.Persistence.Migrations;

/// <summary>Month cells per region and child region (decision 0585), replacing the month-by-division totals of 0524:
/// each daily counter row is added to one cell per enclosing division (province, city, county, town and the village
/// itself), keyed by that division, the month and the child division holding the row, so a region's year by child
/// region or by month reads its own children × months cells. The same statement triggers keep them.</summary>
[DbContext(typeof(SupervisionDbContext))]
[Migration("20261204170000_RegionMonthCells")]
public sealed class RegionMonthCells : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql($"""
        {Unfollowed("monthly_counts")}
        DROP FUNCTION supervision.monthly_counts_add(supervision.daily_counts[], supervision.daily_counts[]);
        DROP TABLE supervision.monthly_counts;

        CREATE TABLE supervision.region_months (
            "Departments" boolean NOT NULL, "Region" varchar(12) NOT NULL, "Month" date NOT NULL, "Child" varchar(12) NOT NULL,
            {Each("\"{0}\" bigint NOT NULL")},
            CONSTRAINT "PK_region_months" PRIMARY KEY ("Departments", "Region", "Month", "Child"));

        -- The regions enclosing a division, each with the child of it that holds the division: one per level whose
        -- segment is not zero (a county's own code is not also a town's), the village itself last (its own child).
        -- Child digits as BreakdownKeys.ChildLength: province 4, city 6, county 9, town and village 12.
        CREATE FUNCTION supervision.regions_of(division varchar) RETURNS TABLE (region varchar, child varchar)
        LANGUAGE sql IMMUTABLE AS $$
            SELECT rpad(left(division, l.digits), 12, '0')::varchar, rpad(left(division, l.child), 12, '0')::varchar
            FROM (VALUES (2, 4, 1, 0), (4, 6, 3, 2), (6, 9, 5, 2), (9, 12, 7, 3), (12, 12, 10, 3)) AS l(digits, child, segment, width)
            WHERE l.width = 0 OR substr(division, l.segment, l.width) <> repeat('0', l.width)
        $$;

        {RegionMonthsAdd(Columns)}

        INSERT INTO supervision.region_months ("Departments", "Region", "Month", "Child", {Each("\"{0}\"")})
        SELECT d."DepartmentId" <> '', r.region, date_trunc('month', d."Day")::date, r.child, {Each("sum(d.\"{0}\")")}
        FROM supervision.daily_counts d, supervision.regions_of(d."HandlingDivision") r GROUP BY 1, 2, 3, 4;

        {FollowedBy("region_months")}
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql($"""
        {Unfollowed("region_months")}
        DROP FUNCTION supervision.region_months_add(supervision.daily_counts[], supervision.daily_counts[]);
        DROP FUNCTION supervision.regions_of(varchar);
        DROP TABLE supervision.region_months;
        """);
}
