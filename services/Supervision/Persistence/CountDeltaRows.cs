using System.Runtime.CompilerServices;
using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Persistence;

/// <summary>A save's queued tallies as its <c>count_deltas</c> rows in one statement, one array per column, sent last in
/// the save's batch (decision 0774): in its transaction, for a few parameters instead of EF's insert command of 23 per
/// delta, each with its column modifications, parameters and the identity read back.</summary>
internal static class CountDeltaRows
{
    private static readonly string[] Columns = [.. DailyCounts.Key, .. DailyCounts.Figures];

    private static readonly Func<DayFigures, int>[] FigureOf =
        [.. DailyCounts.Figures.Select(f => typeof(DayFigures).GetProperty(f)!.GetMethod!.CreateDelegate<Func<DayFigures, int>>())];

    private static readonly string Sql =
        $"INSERT INTO supervision.count_deltas ({CountFold.Quoted(Columns)}) SELECT * FROM unnest({{0}}::date[], " +
        string.Join(", ", Enumerable.Range(1, DailyCounts.Key.Length - 1).Select(i => $"{{{i}}}::text[]")) + ", " +
        string.Join(", ", Enumerable.Range(DailyCounts.Key.Length, FigureOf.Length).Select(i => $"{{{i}}}::int[]")) + ")";

    public static FormattableString Insert(IReadOnlyList<DayFigures> counts)
    {
        T[] Of<T>(Func<DayFigures, T> column)
        {
            var values = new T[counts.Count];
            for (var i = 0; i < values.Length; i++) values[i] = column(counts[i]);
            return values;
        }
        var arguments = new object[Columns.Length];
        arguments[0] = Of(d => d.Day);
        arguments[1] = Of(d => d.HandlingDivision);
        arguments[2] = Of(d => d.HandlingOrgUnitId);
        arguments[3] = Of(d => d.MatterCode);
        arguments[4] = Of(d => d.WindowId);
        arguments[5] = Of(d => d.DepartmentId);
        for (var f = 0; f < FigureOf.Length; f++) arguments[DailyCounts.Key.Length + f] = Of(FigureOf[f]);
        return FormattableStringFactory.Create(Sql, arguments);
    }
}
