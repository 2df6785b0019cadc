namespace Linkage.Approval.Domain;

/// <summary>A one-thing case (一件事一次办): one plan over every leg's departments at once. Each leg keeps its own
/// deadline and join rule; the case's code, version and name are the bundle's, its due date the combined limit.
/// A single-matter case has no legs.</summary>
public sealed partial class ReviewCase
{
    public IReadOnlyList<ReviewLeg> Legs { get; private set; } = [];
    public MergedLicence? MergedLicence { get; private set; }

    public bool IsBundle => Legs.Count > 0;

    public IReadOnlyList<ReviewTask> TasksOf(ReviewLeg leg) => tasks.Where(t => t.LegCode == leg.ImplementationCode).ToList();

    /// <summary>How one leg stands, from its rows.</summary>
    public JoinOutcome JoinOf(ReviewLeg leg) => ReviewJoin.Evaluate(TasksOf(leg), leg.Quorum);

    private void StretchLegTo(ReviewTask task) => Legs = Legs
        .Select(l => l.ImplementationCode == task.LegCode && task.Deadline > l.Deadline ? l with { Deadline = task.Deadline } : l)
        .ToList();

    private static string LegPrefix(string? legCode) => legCode is null ? "" : legCode + "/";
}
