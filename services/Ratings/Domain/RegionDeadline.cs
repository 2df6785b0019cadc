namespace Linkage.Ratings.Domain;

/// <summary>A region's own time limits in working days (data): the return visit (回访, 1 by default) and the
/// rectification (整改, 15 by default). The longest matching division prefix wins.</summary>
public sealed class RegionDeadline
{
    private RegionDeadline() { }

    public string DivisionPrefix { get; private set; } = "";
    public int VisitWorkingDays { get; private set; }
    public int RectificationWorkingDays { get; private set; }

    public static RegionDeadline Of(string prefix, int visitDays, int rectificationDays) => new()
    {
        DivisionPrefix = prefix,
        VisitWorkingDays = visitDays,
        RectificationWorkingDays = rectificationDays,
    };
}
