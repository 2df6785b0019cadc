using System.Globalization;
using System.Text;

namespace Linkage.Supervision.Features.Stats;

/// <summary>The breakdown as CSV (RFC 4180), one line per group, for spreadsheets.</summary>
public static class BreakdownCsv
{
    private const string Header = "key,received,completed,onTime,early,instant,completedLate,stoppedWorkingDays,yellow,red,ratings,onTimeRate,meanGrade,satisfactionRate";

    public static string Write(IReadOnlyList<BreakdownRow> rows)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var r in rows)
            csv.AppendJoin(',', Quote(r.Key), r.Received, r.Completed, r.OnTime, r.Early, r.Instant, r.CompletedLate, r.StoppedWorkingDays,
                r.Yellow, r.Red, r.Ratings, Number(r.OnTimeRate), Number(r.MeanGrade), Number(r.SatisfactionRate)).Append("\r\n");
        return csv.ToString();
    }

    private static string Quote(string text) => text.IndexOfAny([',', '"', '\r', '\n']) < 0 ? text : $"\"{text.Replace("\"", "\"\"")}\"";

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
