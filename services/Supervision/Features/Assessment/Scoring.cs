using Linkage.Supervision.Domain;

namespace Linkage.Supervision.Features.Assessment;

/// <summary>千分制 scoring of one subject: each indicator earns its weight times its rate (full points when there was
/// nothing to judge), then deductions per red card, yellow card and late completion; never below 0, two decimals.</summary>
public static class Scoring
{
    public static Score Of(Figures f, AssessmentTerms t)
    {
        var w = t.Weights;
        var points = new Points(
            Earned(w.OnTime, f.OnTime, f.Completed),
            Earned(w.Early, f.Early, f.Completed),
            Earned(w.Satisfaction, f.Satisfied, f.Ratings),
            Earned(w.Rectification, f.RectificationsClosed, f.RectificationsClosed + f.RectificationsOverdue),
            Earned(w.OrderResponse, f.OrdersAnswered, f.Orders),
            Earned(w.OnlineDepth, f.Online, f.Completed));
        var d = t.Deductions;
        var deducted = f.Red * d.RedCard + f.Yellow * d.YellowCard + f.CompletedLate * d.Overdue;
        var total = Math.Max(0m, Math.Round(points.Sum - deducted, 2, MidpointRounding.AwayFromZero));
        return new Score(total, t.Grades.Of(total), points, Math.Round(deducted, 2, MidpointRounding.AwayFromZero));
    }

    private static decimal Earned(int weight, int part, int whole) =>
        whole == 0 ? weight : Math.Round(weight * (decimal)part / whole, 2, MidpointRounding.AwayFromZero);
}

public sealed record Score(decimal Total, string Grade, Points Points, decimal Deducted);

/// <summary>Points earned per indicator, before deductions.</summary>
public sealed record Points(decimal OnTime, decimal Early, decimal Satisfaction, decimal Rectification, decimal OrderResponse, decimal OnlineDepth)
{
    public decimal Sum => OnTime + Early + Satisfaction + Rectification + OrderResponse + OnlineDepth;
}
