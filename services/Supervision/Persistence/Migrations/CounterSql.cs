namespace Linkage.Supervision.Persistence.Migrations;

/// <summary>The daily counters' figure columns and the statement triggers that keep a table of their sums, as the
/// migrations of 0524 and 0585 write them; 0586 adds <c>OnSite</c> to the region month cells, 0509 <c>Accepted</c>.</summary>
internal static class CounterSql
{
    /// <summary>The summed columns as the migrations of 0524 and 0585 created them (kept as they were: those migrations
    /// run before <see cref="WithOnSite"/>'s column exists).</summary>
    public static readonly string[] Columns =
    [
        "Received", "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow", "Red",
        "Ratings", "GradeSum", "Satisfied",
    ];

    /// <summary>The summed columns from the migration of 0586 on.</summary>
    public static readonly string[] WithOnSite = [.. Columns, "OnSite"];

    /// <summary>The summed columns from the migration of 0509 on.</summary>
    public static readonly string[] WithAccepted = [.. WithOnSite, "Accepted"];

    public static string Each(string format, string separator = ", ") => Each(Columns, format, separator);

    public static string Each(string[] columns, string format, string separator = ", ") =>
        string.Join(separator, columns.Select(c => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, c)));

    /// <summary>The function adding a statement's rows (<c>added</c> minus <c>removed</c>) to the region month cells of
    /// 0585, one upsert per cell in key order; a change that moves no figure (the roll-up's publication mark) writes nothing.</summary>
    public static string RegionMonthsAdd(string[] columns) => $$"""
        CREATE OR REPLACE FUNCTION supervision.region_months_add(added supervision.daily_counts[], removed supervision.daily_counts[])
        RETURNS void LANGUAGE sql AS $$
            INSERT INTO supervision.region_months AS t ("Departments", "Region", "Month", "Child", {{Each(columns, "\"{0}\"")}})
            SELECT d."DepartmentId" <> '', r.region, date_trunc('month', d."Day")::date, r.child, {{Each(columns, "sum(d.sign * d.\"{0}\")")}}
            FROM (SELECT 1 AS sign, a.* FROM unnest(added) a UNION ALL SELECT -1, o.* FROM unnest(removed) o) d,
                 supervision.regions_of(d."HandlingDivision") r
            GROUP BY 1, 2, 3, 4
            HAVING {{Each(columns, "sum(d.sign * d.\"{0}\") <> 0", " OR ")}}
            ORDER BY 1, 2, 3, 4
            ON CONFLICT ("Departments", "Region", "Month", "Child") DO UPDATE SET {{Each(columns, "\"{0}\" = t.\"{0}\" + EXCLUDED.\"{0}\"")}}
        $$;
        """;

    /// <summary>A trigger function <c>{prefix}_follow()</c> handing a statement's transition tables to
    /// <c>{prefix}_add(added, removed)</c>, and the insert, update and delete triggers <c>{prefix}_inserted</c>, … calling it.</summary>
    public static string FollowedBy(string prefix) => $$"""
        CREATE FUNCTION supervision.{{prefix}}_follow() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                PERFORM supervision.{{prefix}}_add(ARRAY(SELECT ROW(n.*)::supervision.daily_counts FROM new_rows n), '{}');
            ELSIF TG_OP = 'UPDATE' THEN
                PERFORM supervision.{{prefix}}_add(ARRAY(SELECT ROW(n.*)::supervision.daily_counts FROM new_rows n), ARRAY(SELECT ROW(o.*)::supervision.daily_counts FROM old_rows o));
            ELSE
                PERFORM supervision.{{prefix}}_add('{}', ARRAY(SELECT ROW(o.*)::supervision.daily_counts FROM old_rows o));
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER {{prefix}}_inserted AFTER INSERT ON supervision.daily_counts REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION supervision.{{prefix}}_follow();
        CREATE TRIGGER {{prefix}}_updated AFTER UPDATE ON supervision.daily_counts
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION supervision.{{prefix}}_follow();
        CREATE TRIGGER {{prefix}}_deleted AFTER DELETE ON supervision.daily_counts REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION supervision.{{prefix}}_follow();
        """;

    /// <summary>Drops what <see cref="FollowedBy"/> created.</summary>
    public static string Unfollowed(string prefix) => $"""
        DROP TRIGGER {prefix}_inserted ON supervision.daily_counts;
        DROP TRIGGER {prefix}_updated ON supervision.daily_counts;
        DROP TRIGGER {prefix}_deleted ON supervision.daily_counts;
        DROP FUNCTION supervision.{prefix}_follow();
        """;
}
