using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Linkage.Ratings.Persistence.Migrations;

/// <summary>Pre-aggregated monthly figures (docs/decisions/0583): one row per month, handling region, unit, window and
/// matter in <c>monthly_cells</c>, built for a closed month on its first publication (<c>monthly_built</c>). Any write
/// to a rating or rectification of a closed month, by the application or by SQL, takes the month's lock and drops its
/// built mark, so the next publication rebuilds it; ratings of the open month touch neither.</summary>
[DbContext(typeof(RatingsDbContext))]
[Migration("20261203123000_MonthlyFigureCells")]
public sealed class MonthlyFigureCells : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        CREATE TABLE ratings.monthly_cells (
            "Month" date NOT NULL,
            "HandlingDivision" varchar(12) NOT NULL,
            "HandlingOrgUnitId" varchar(64) NOT NULL,
            "WindowOrgUnitId" varchar(64) NOT NULL,
            "MatterCode" varchar(36) NOT NULL,
            "Total" integer NOT NULL,
            "Satisfied" integer NOT NULL,
            "Bad" integer NOT NULL,
            "Rectified" integer NOT NULL,
            "Visited" integer NOT NULL,
            PRIMARY KEY ("Month", "HandlingDivision", "HandlingOrgUnitId", "WindowOrgUnitId", "MatterCode"));
        CREATE INDEX ix_monthly_cells_subtree ON ratings.monthly_cells ("Month", "HandlingDivision" text_pattern_ops);
        CREATE TABLE ratings.monthly_built ("Month" date PRIMARY KEY, "BuiltAt" timestamptz NOT NULL);

        CREATE FUNCTION ratings.open_month() RETURNS date LANGUAGE sql VOLATILE
            AS $$ SELECT date_trunc('month', (clock_timestamp() AT TIME ZONE 'UTC') + interval '8 hours')::date $$;

        CREATE FUNCTION ratings.figures_stale(months date[]) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE m date;
        BEGIN
            FOREACH m IN ARRAY months LOOP
                PERFORM pg_advisory_xact_lock(hashtextextended('linkage.ratings.figures.' || m::text, 0));
                DELETE FROM ratings.monthly_built WHERE "Month" = m;
            END LOOP;
        END $$;

        CREATE FUNCTION ratings.ratings_figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM ratings.figures_stale(ARRAY(SELECT DISTINCT date_trunc('month', "RatedOn")::date FROM changed
                WHERE "RatedOn" < ratings.open_month() ORDER BY 1));
            RETURN NULL;
        END $$;

        CREATE FUNCTION ratings.rectifications_figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM ratings.figures_stale(ARRAY(SELECT DISTINCT date_trunc('month', r."RatedOn")::date
                FROM changed c JOIN ratings.ratings r ON r."Id" = c."RatingId"
                WHERE r."RatedOn" < ratings.open_month() ORDER BY 1));
            RETURN NULL;
        END $$;

        CREATE TRIGGER figures_inserted AFTER INSERT ON ratings.ratings REFERENCING NEW TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION ratings.ratings_figures_changed();
        CREATE TRIGGER figures_updated_from AFTER UPDATE ON ratings.ratings REFERENCING OLD TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION ratings.ratings_figures_changed();
        CREATE TRIGGER figures_updated_to AFTER UPDATE ON ratings.ratings REFERENCING NEW TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION ratings.ratings_figures_changed();
        CREATE TRIGGER figures_deleted AFTER DELETE ON ratings.ratings REFERENCING OLD TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION ratings.ratings_figures_changed();
        CREATE TRIGGER figures_inserted AFTER INSERT ON ratings.rectifications REFERENCING NEW TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION ratings.rectifications_figures_changed();
        CREATE TRIGGER figures_updated AFTER UPDATE ON ratings.rectifications REFERENCING NEW TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION ratings.rectifications_figures_changed();
        CREATE TRIGGER figures_deleted AFTER DELETE ON ratings.rectifications REFERENCING OLD TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION ratings.rectifications_figures_changed();
        """);

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
        DROP TRIGGER figures_inserted ON ratings.ratings;
        DROP TRIGGER figures_updated_from ON ratings.ratings;
        DROP TRIGGER figures_updated_to ON ratings.ratings;
        DROP TRIGGER figures_deleted ON ratings.ratings;
        DROP TRIGGER figures_inserted ON ratings.rectifications;
        DROP TRIGGER figures_updated ON ratings.rectifications;
        DROP TRIGGER figures_deleted ON ratings.rectifications;
        DROP FUNCTION ratings.rectifications_figures_changed();
        DROP FUNCTION ratings.ratings_figures_changed();
        DROP FUNCTION ratings.figures_stale(date[]);
        DROP FUNCTION ratings.open_month();
        DROP TABLE ratings.monthly_built;
        DROP TABLE ratings.monthly_cells;
        """);
}
