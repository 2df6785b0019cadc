using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Ratings.Persistence.Migrations;

/// <summary>Regions write their own limits (decision 0638): a term may be null (inherited), locks bind the regions
/// below, and who wrote it when is kept. The seeded rows keep their values. <c>reference_stamp()</c> tells a process
/// when its kept indicator sets and limits are stale.</summary>
[DbContext(typeof(RatingsDbContext))]
[Migration("20261204231000_RegionDeadlinesWritable")]
public sealed class RegionDeadlinesWritable : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        ALTER TABLE ratings.region_deadlines
            ALTER COLUMN "VisitWorkingDays" DROP NOT NULL,
            ALTER COLUMN "RectificationWorkingDays" DROP NOT NULL,
            ADD COLUMN "Locks" text[] NOT NULL DEFAULT '{}',
            ADD COLUMN "UpdatedBy" varchar(128) NOT NULL DEFAULT '',
            ADD COLUMN "UpdatedAt" timestamptz NOT NULL DEFAULT '2026-12-03T02:48:37Z';

        CREATE FUNCTION ratings.reference_stamp() RETURNS text LANGUAGE sql STABLE AS $$
            SELECT (SELECT count(*) FROM ratings.indicator_sets)::text || ':' || coalesce((SELECT md5(string_agg(
                r."DivisionPrefix" || ':' || r.xmin::text, ',' ORDER BY r."DivisionPrefix")) FROM ratings.region_deadlines r), '')
        $$;
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP FUNCTION ratings.reference_stamp();
        DELETE FROM ratings.region_deadlines WHERE "VisitWorkingDays" IS NULL OR "RectificationWorkingDays" IS NULL;
        ALTER TABLE ratings.region_deadlines
            DROP COLUMN "Locks", DROP COLUMN "UpdatedBy", DROP COLUMN "UpdatedAt",
            ALTER COLUMN "VisitWorkingDays" SET NOT NULL,
            ALTER COLUMN "RectificationWorkingDays" SET NOT NULL;
        """);
}
