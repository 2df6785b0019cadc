namespace Linkage.Ratings.Features.Satisfaction;

/// <summary>What the database counts for one unit, window, matter or region in one month.</summary>
public sealed record MonthlyRow(string Key, int Total, int Satisfied, int Bad, int Rectified, int Visited);

/// <summary>One published cell: satisfaction, 差评 count, rectification rate (fed back or closed / 差评) and
/// return-visit rate (visited / 差评). Fewer than k ratings: suppressed, only the key is shown.</summary>
public sealed record MonthlyCell(
    string Key,
    bool Suppressed,
    int? Total,
    int? Bad,
    decimal? SatisfactionRate,
    decimal? RectificationRate,
    decimal? ReturnVisitRate)
{
    public static MonthlyCell Of(MonthlyRow row, int smallCell) => row.Total < smallCell
        ? new MonthlyCell(row.Key, true, null, null, null, null, null)
        : new MonthlyCell(row.Key, false, row.Total, row.Bad, Rate(row.Satisfied, row.Total), Rate(row.Rectified, row.Bad), Rate(row.Visited, row.Bad));

    private static decimal? Rate(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4);
}

public sealed record MonthlyFigures(string Division, string Month, string By, int SmallCellThreshold, IReadOnlyList<MonthlyCell> Cells);
