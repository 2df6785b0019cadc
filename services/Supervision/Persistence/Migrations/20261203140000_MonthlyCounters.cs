using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using static Linkage.Supervision.Persistence.Migrations.CounterSql;

namespace Linkage.Supervision.Persistence.Migrations;

/// <summary>Month-by-division totals of the daily counters, kept by statement triggers on every write to them (the
/// inbox's upserts, the roll-up's and the sweep's alike), so a year by child region sums a few thousand rows instead
/// of a province's daily rows (decision 0524); and subtree indexes on the daily counters and the cases with the
/// pattern operator class, so a city's or a county's <c>LIKE '3509%'</c> reads its own range under a non-C collation.</summary>
[DbContext(typeof(SupervisionDbContext))]
[Migration("20261203140000_MonthlyCounters")]
public sealed class MonthlyCounters : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql($"""
        CREATE TABLE supervision.monthly_counts (
            "Month" date NOT NULL, "HandlingDivision" varchar(12) NOT NULL, "Departments" boolean NOT NULL,
            {Each("\"{0}\" bigint NOT NULL")},
            CONSTRAINT "PK_monthly_counts" PRIMARY KEY ("Departments", "HandlingDivision", "Month"));
        CREATE INDEX ix_monthly_counts_subtree ON supervision.monthly_counts ("Departments", "HandlingDivision" varchar_pattern_ops, "Month");
        CREATE INDEX ix_daily_counts_subtree ON supervision.daily_counts ("HandlingDivision" varchar_pattern_ops, "Day");
        CREATE INDEX ix_cases_subtree ON supervision.cases ("HandlingDivision" varchar_pattern_ops);

        -- The rows a statement added minus those it removed, one upsert per (kind, division, month) in key order;
        -- a change that moves no figure (the roll-up's publication mark) writes nothing.
        CREATE FUNCTION supervision.monthly_counts_add(added supervision.daily_counts[], removed supervision.daily_counts[])
        RETURNS void LANGUAGE sql AS $$
            INSERT INTO supervision.monthly_counts AS t ("Departments", "HandlingDivision", "Month", {Each("\"{0}\"")})
            SELECT d."DepartmentId" <> '', d."HandlingDivision", date_trunc('month', d."Day")::date, {Each("sum(d.sign * d.\"{0}\")")}
            FROM (SELECT 1 AS sign, a.* FROM unnest(added) a UNION ALL SELECT -1, r.* FROM unnest(removed) r) d
            GROUP BY 1, 2, 3
            HAVING {Each("sum(d.sign * d.\"{0}\") <> 0", " OR ")}
            ORDER BY 1, 2, 3
            ON CONFLICT ("Departments", "HandlingDivision", "Month") DO UPDATE SET {Each("\"{0}\" = t.\"{0}\" + EXCLUDED.\"{0}\"")}
        $$;

        INSERT INTO supervision.monthly_counts ("Departments", "HandlingDivision", "Month", {Each("\"{0}\"")})
        SELECT "DepartmentId" <> '', "HandlingDivision", date_trunc('month', "Day")::date, {Each("sum(\"{0}\")")}
        FROM supervision.daily_counts GROUP BY 1, 2, 3;

        {FollowedBy("monthly_counts")}
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql($"""
        {Unfollowed("monthly_counts")}
        DROP FUNCTION supervision.monthly_counts_add(supervision.daily_counts[], supervision.daily_counts[]);
        DROP INDEX supervision.ix_daily_counts_subtree;
        DROP INDEX supervision.ix_cases_subtree;
        DROP TABLE supervision.monthly_counts;
        """);
}
