using Linkage.ServiceDefaults.Queries;

namespace Linkage.Supervision.Features.Stats;

/// <summary>A period cut into the whole calendar months inside it (summed from the monthly totals, decision 0524) and
/// the days at either end outside them (summed from the daily counters).</summary>
public sealed record WholeMonths(DateOnly FirstMonth, DateOnly LastMonth, IReadOnlyList<Period> Edges)
{
    /// <summary>Null when no whole month lies inside the period.</summary>
    public static WholeMonths? Of(Period p)
    {
        var first = p.From.Day == 1 ? p.From : new DateOnly(p.From.Year, p.From.Month, 1).AddMonths(1);
        var end = p.To.AddDays(1).Day == 1 ? p.To : new DateOnly(p.To.Year, p.To.Month, 1).AddDays(-1);
        if (first > end) return null;
        var edges = new List<Period>();
        if (p.From < first) edges.Add(new Period(p.From, first.AddDays(-1)));
        if (end < p.To) edges.Add(new Period(end.AddDays(1), p.To));
        return new WholeMonths(first, new DateOnly(end.Year, end.Month, 1), edges);
    }
}
