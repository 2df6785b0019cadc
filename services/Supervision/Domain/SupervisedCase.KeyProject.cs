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

    /// <summary>The investment project (投资项目) the application belongs to, if any (0565).</summary>
    public Guid? InvestmentProjectId { get; private set; }

    /// <summary>False when it belongs to this project already; a case belongs to one project (checked by the caller).</summary>
    public bool LinkToProject(InvestmentProject project, DateTimeOffset at)
    {
        if (InvestmentProjectId == project.Id) return false;
        InvestmentProjectId = project.Id;
        Timeline.Add(TimelineEntry.Of(TimelineEntryKind.ProjectLinked, at, $"{project.ProjectCode} {project.Name}"));
        return true;
    }

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
