using System.Globalization;
using System.Text;

namespace Linkage.Supervision.Features.Stats;

/// <summary>The breakdown as CSV (RFC 4180), one line per group, for spreadsheets.</summary>
public static class BreakdownCsv
{
    public static readonly IReadOnlyList<string> Columns = ["key", "received", "completed", "onTime", "early", "instant",
        "completedLate", "stoppedWorkingDays", "yellow", "red", "ratings", "onTimeRate", "meanGrade", "satisfactionRate", "onSite", "onSiteRate",
        "accepted", "openOverdue", "overdue"];

    public static string Write(IReadOnlyList<BreakdownRow> rows)
    {
        var csv = new StringBuilder().AppendJoin(',', Columns).Append("\r\n");
        foreach (var r in rows) csv.Append(Quote(r.Key)).Append(',').AppendJoin(',', Figures(r)).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>Every column after the key, invariant culture; empty where a rate has no base.</summary>
    public static IEnumerable<string> Figures(BreakdownRow r) =>
        new decimal?[] { r.Received, r.Completed, r.OnTime, r.Early, r.Instant, r.CompletedLate, r.StoppedWorkingDays, r.Yellow, r.Red,
            r.Ratings, r.OnTimeRate, r.MeanGrade, r.SatisfactionRate, r.OnSite, r.OnSiteRate, r.Accepted, r.OpenOverdue, r.Overdue }
        .Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "");

    private static string Quote(string text) => text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : $"\"{text.Replace("\"", "\"\"")}\"";
}
