namespace Linkage.Supervision.Persistence.Migrations;

/// <summary>The daily counters' figure columns and the statement triggers that keep a table of their sums, as the
/// migrations of 0524 and 0585 write them.</summary>
internal static class CounterSql
{
    public static readonly string[] Columns =
    [
        "Received", "Completed", "OnTime", "Early", "Instant", "CompletedLate", "StoppedWorkingDays", "Yellow", "Red",
        "Ratings", "GradeSum", "Satisfied",
    ];

    public static string Each(string format, string separator = ", ") =>
        string.Join(separator, Columns.Select(c => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, c)));

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
