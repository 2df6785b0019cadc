using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Supervision.Persistence.Migrations;

/// <summary>Month-by-division totals of the daily counters, kept by statement triggers on every write to them (the
/// inbox's upserts, the roll-up's and the sweep's alike), so a year by child region sums a few thousand rows instead
/// of a province's daily rows (decision 0524); and subtree indexes on the daily counters and the cases with the
/// pattern operator class, so a city's or a county's <c>LIKE '3509%'</c> reads its own range under a non-C collation.</summary>
[DbContext(typeof(SupervisionDbContext))]
[Migration("20261203140000_MonthlyCounters")]
public sealed class MonthlyCounters : Migration
{
    private static readonly string[] Columns =
    [
        "Received", "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow", "Red",
        "Ratings", "GradeSum", "Satisfied",
    ];

    private const string NoRows = "'{}'";

    private static string Each(string format, string separator = ", ") =>
        string.Join(separator, Columns.Select(c => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, c)));

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

        CREATE FUNCTION supervision.monthly_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                PERFORM supervision.monthly_counts_add(ARRAY(SELECT ROW(n.*)::supervision.daily_counts FROM new_rows n), {NoRows});
            ELSIF TG_OP = 'UPDATE' THEN
                PERFORM supervision.monthly_counts_add(ARRAY(SELECT ROW(n.*)::supervision.daily_counts FROM new_rows n), ARRAY(SELECT ROW(o.*)::supervision.daily_counts FROM old_rows o));
            ELSE
                PERFORM supervision.monthly_counts_add({NoRows}, ARRAY(SELECT ROW(o.*)::supervision.daily_counts FROM old_rows o));
            END IF;
            RETURN NULL;
        END $$;

        INSERT INTO supervision.monthly_counts ("Departments", "HandlingDivision", "Month", {Each("\"{0}\"")})
        SELECT "DepartmentId" <> '', "HandlingDivision", date_trunc('month', "Day")::date, {Each("sum(\"{0}\")")}
        FROM supervision.daily_counts GROUP BY 1, 2, 3;

        CREATE TRIGGER monthly_counts_inserted AFTER INSERT ON supervision.daily_counts REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION supervision.monthly_counts_follow();
        CREATE TRIGGER monthly_counts_updated AFTER UPDATE ON supervision.daily_counts
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION supervision.monthly_counts_follow();
        CREATE TRIGGER monthly_counts_deleted AFTER DELETE ON supervision.daily_counts REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION supervision.monthly_counts_follow();
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TRIGGER monthly_counts_inserted ON supervision.daily_counts;
        DROP TRIGGER monthly_counts_updated ON supervision.daily_counts;
        DROP TRIGGER monthly_counts_deleted ON supervision.daily_counts;
        DROP FUNCTION supervision.monthly_counts_follow();
        DROP FUNCTION supervision.monthly_counts_add(supervision.daily_counts[], supervision.daily_counts[]);
        DROP INDEX supervision.ix_daily_counts_subtree;
        DROP INDEX supervision.ix_cases_subtree;
        DROP TABLE supervision.monthly_counts;
        """);
}
