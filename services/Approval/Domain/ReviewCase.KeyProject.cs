namespace Linkage.Approval.Domain;

/// <summary>重点项目 (绿色通道), as supervision announced it: its tasks come first in reviewers' inboxes (each task carries
/// the mark, <see cref="ReviewTask.KeyProject"/>).</summary>
public sealed partial class ReviewCase
{
    public DateOnly? KeyProjectTargetOn { get; private set; }

    /// <summary>False when marked already (a redelivery).</summary>
    public bool MarkKeyProject(DateOnly targetOn)
    {
        if (KeyProjectTargetOn is not null) return false;
        KeyProjectTargetOn = targetOn;
        foreach (var task in tasks) task.MarkKeyProject();
        return true;
    }
}
