namespace Linkage.Ratings.Domain;

/// <summary>A region's own time limits in working days (data, keyed by the division's significant prefix): the return
/// visit (回访, 1 by default) and the rectification (整改, 15 by default). A term left null inherits from the region
/// above; a locked term binds every region below (the catalog's and supervision's inherit/override/lock, 0102, 0353).</summary>
public sealed class RegionDeadline
{
    public const string Visit = "visitWorkingDays";
    public const string Rectification = "rectificationWorkingDays";

    public static readonly IReadOnlyList<string> Terms = [Visit, Rectification];

    private RegionDeadline() { }

    public string DivisionPrefix { get; private set; } = "";
    public int? VisitWorkingDays { get; private set; }
    public int? RectificationWorkingDays { get; private set; }
    public List<string> Locks { get; private set; } = [];
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public static RegionDeadline Of(string prefix, int? visitDays, int? rectificationDays) => new()
    {
        DivisionPrefix = prefix,
        VisitWorkingDays = visitDays,
        RectificationWorkingDays = rectificationDays,
    };

    public bool Sets(string term) => (term == Visit ? VisitWorkingDays : RectificationWorkingDays) is not null;

    public void Write(int? visitDays, int? rectificationDays, IEnumerable<string> locks, string by, DateTimeOffset at) =>
        (VisitWorkingDays, RectificationWorkingDays, Locks, UpdatedBy, UpdatedAt) = (visitDays, rectificationDays, [.. locks.Distinct()], by, at.ToUniversalTime());
}
