using Linkage.Supervision.Features.Charts;

namespace Linkage.Supervision.Features.Stats;

/// <summary>The breakdown as a chart: cases completed per group (a trend for day, week and month; a comparison otherwise).</summary>
public static class BreakdownChart
{
    public static string Write(string division, Breakdown by, IReadOnlyList<BreakdownRow> rows) =>
        SvgBarChart.Trend($"{division} 办结件数（按{Label(by)}）", rows.Select(r => new ChartBar(r.Key, r.Completed)).ToList());

    private static string Label(Breakdown by) => by switch
    {
        Breakdown.Day => "日",
        Breakdown.Week => "周",
        Breakdown.Month => "月",
        Breakdown.Matter => "事项",
        Breakdown.OrgUnit => "单位",
        Breakdown.Window => "窗口",
        Breakdown.Department => "部门",
        _ => "下级区域",
    };
}
