namespace Linkage.Supervision.Domain;

/// <summary>重点项目 / 绿色通道 (seed 004, 十大机制): an assigned guide and an internal target before the legal due date,
/// tracked on their own ledger (电子台账).</summary>
public sealed partial class SupervisedCase
{
    public string? KeyProjectGuide { get; private set; }
    public DateOnly? KeyProjectTargetOn { get; private set; }
    public string? KeyProjectMarkedBy { get; private set; }
    public DateTimeOffset? KeyProjectMarkedAt { get; private set; }

    public bool IsKeyProject => KeyProjectMarkedAt is not null;

    /// <summary>False when it is one already.</summary>
    public bool MarkKeyProject(string guide, DateOnly targetOn, string by, DateTimeOffset at)
    {
        if (IsKeyProject) return false;
        (KeyProjectGuide, KeyProjectTargetOn, KeyProjectMarkedBy, KeyProjectMarkedAt) = (guide, targetOn, by, at.ToUniversalTime());
        Timeline.Add(TimelineEntry.Of(TimelineEntryKind.KeyProject, at, $"guide {guide}, target {targetOn:yyyy-MM-dd}"));
        if (Status == SupervisedCaseStatus.Open && ClockRunning) NextCheckOn = CheckNow; // the sweep watches the target (0632)
        return true;
    }
}
