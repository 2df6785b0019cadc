using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Linkage.ServiceDefaults.Queries;
using Linkage.Supervision.Features.Shared;

namespace Linkage.Supervision.Features.Stats;

/// <summary>The breakdown's open cases past due (decision 0516): the subtree's cases still open whose due date lies in the
/// period and before the earlier of its end and today, as <c>/stats</c> counts them, read on the cases' (status, due date)
/// index, never by scanning the cases; <c>by=department</c>, the undecided tasks of open cases past their step deadline, on
/// the steps' pending-deadline index. Keyed as the counters are, the due date standing for the day; a child deployment's come
/// from its rolled-up state rows (0526), which name a division and a day only, so they count for the day, week, month and
/// child-region dimensions of subtree roles.</summary>
public static partial class OpenPastDue
{
    private const string Zeros = """
        0 AS "Received", 0 AS "Completed", 0 AS "OnTime", 0 AS "Early", 0 AS "Instant", 0 AS "CompletedLate",
        0 AS "StoppedWorkingDays", 0 AS "Yellow", 0 AS "Red", 0 AS "Ratings", 0 AS "GradeSum", 0 AS "Satisfied", 0 AS "OnSite",
        0 AS "Accepted"
        """;

    /// <summary>Rows shaped as <see cref="Sums"/> (only <c>OpenOverdue</c> set); null when no day of the period is past.</summary>
    public static FormattableString? Sql(Breakdown by, Subtree subtree, string? orgUnit, Period p, DateOnly today, int childLength)
    {
        var last = p.To < today ? p.To : today.AddDays(-1);
        if (last < p.From) return null;
        var byDay = by is Breakdown.Day or Breakdown.Week or Breakdown.Month;
        var day = byDay ? "\"DueDate\"" : "DATE '0001-01-01'";
        if (by == Breakdown.Department)
            return FormattableStringFactory.Create($$"""
                SELECT s."DepartmentId" AS "Key", DATE '0001-01-01' AS "Day", {{Zeros}}, count(*)::int AS "OpenOverdue"
                FROM supervision.steps s JOIN supervision.cases c ON c."Id" = s."CaseId"
                WHERE s."Decision" IS NULL AND s."Deadline" BETWEEN {2} AND {3} AND c."Status" = 'Open'
                    AND c."HandlingDivision" LIKE {0} AND ({1}::text IS NULL OR c."HandlingOrgUnitId" = {1})
                GROUP BY 1
                """, subtree.Pattern, orgUnit, p.From, last);
        var key = by switch
        {
            Breakdown.Matter => "\"MatterCode\"",
            Breakdown.OrgUnit => "\"HandlingOrgUnitId\"",
            Breakdown.ChildRegion => $"substring(\"HandlingDivision\", 1, {childLength})",
            Breakdown.Window => "coalesce(\"AcceptedAtWindow\", \"SubmittedAtOrgUnitId\")",
            _ => "''",
        };
        var rolledUp = orgUnit is null && (byDay || by == Breakdown.ChildRegion)
            ? $$"""
                UNION ALL
                SELECT {{(by == Breakdown.ChildRegion ? key : "''")}}, {{(byDay ? "\"Day\"" : "DATE '0001-01-01'")}}, {{Zeros}}, sum("OpenOverdue")::int
                FROM supervision.state_rollups
                WHERE "RolledUpFrom" <> '' AND "OpenOverdue" <> 0 AND "HandlingDivision" LIKE {0} AND "Day" BETWEEN {2} AND {3}
                GROUP BY 1, 2
                """
            : "";
        return FormattableStringFactory.Create($$"""
            SELECT {{key}} AS "Key", {{day}} AS "Day", {{Zeros}}, count(*)::int AS "OpenOverdue"
            FROM supervision.cases
            WHERE "Status" = 'Open' AND "DueDate" BETWEEN {2} AND {3} AND "HandlingDivision" LIKE {0}
                AND ({1}::text IS NULL OR "HandlingOrgUnitId" = {1})
            GROUP BY 1, 2
            {{rolledUp}}
            """, subtree.Pattern, orgUnit, p.From, last);
    }

    /// <summary><paramref name="first"/> and <paramref name="second"/> as one statement's text joined by <paramref name="glue"/>,
    /// the second's placeholders numbered after the first's.</summary>
    public static FormattableString Union(FormattableString first, string glue, FormattableString second)
    {
        var offset = first.ArgumentCount;
        var shifted = Placeholder().Replace(second.Format, m => "{" + (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + offset));
        return FormattableStringFactory.Create(first.Format + glue + shifted, [.. first.GetArguments(), .. second.GetArguments()]);
    }

    [GeneratedRegex(@"\{(\d+)")]
    private static partial Regex Placeholder();
}
