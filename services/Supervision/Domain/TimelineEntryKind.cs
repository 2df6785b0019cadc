namespace Linkage.Supervision.Domain;

/// <summary>What happened to a case.</summary>
public enum TimelineEntryKind
{
    Accepted,      // 受理
    Completed,     // 办结
    ReviewOpened,  // 部门审查开始
    StepDecided,   // 部门审查完成
    ClockStopped,  // 计时暂停 (补正, 听证, 检测, 专家评审)
    ClockResumed,  // 计时恢复, with the excluded working days
    Extended,      // 延期
    Refused,       // 不予许可
    KeyProject,    // 列为重点项目 (绿色通道)
    ProjectLinked, // 纳入投资项目 (绿色通道, 0565)
}
