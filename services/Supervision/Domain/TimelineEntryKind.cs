namespace Linkage.Supervision.Domain;

/// <summary>What happened to a case. Clock stops (Art. 45) and step deadlines (环节超时) join later.</summary>
public enum TimelineEntryKind
{
    Accepted,   // 受理
    Completed,  // 办结
}
