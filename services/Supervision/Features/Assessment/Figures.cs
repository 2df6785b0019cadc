namespace Linkage.Supervision.Features.Assessment;

/// <summary>A unit's or region's facts of the month, as the assessment reads them.</summary>
public sealed record Figures(
    int Completed, int OnTime, int Early, int Online, int Ratings, int Satisfied, int RectificationsClosed,
    int RectificationsOverdue, int Orders, int OrdersAnswered, int Yellow, int Red, int CompletedLate)
{
    public static readonly Figures None = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static Figures operator +(Figures a, Figures b) => new(a.Completed + b.Completed, a.OnTime + b.OnTime,
        a.Early + b.Early, a.Online + b.Online, a.Ratings + b.Ratings, a.Satisfied + b.Satisfied,
        a.RectificationsClosed + b.RectificationsClosed, a.RectificationsOverdue + b.RectificationsOverdue,
        a.Orders + b.Orders, a.OrdersAnswered + b.OrdersAnswered, a.Yellow + b.Yellow, a.Red + b.Red, a.CompletedLate + b.CompletedLate);
}

/// <summary>One handling unit (办件单位), receiving window (受理窗口) or reviewing department (审查部门) — by
/// <paramref name="Kind"/> — and the division of the cases it is ranked under.</summary>
public sealed record UnitFigures(string Division, string OrgUnitId, Figures Figures, string Kind = ScoredSubject.Unit);
