namespace Linkage.Intake.Domain;

public enum CaseStatus
{
    AwaitingMaterials, // 缺件: a missing-materials notice was issued
    Accepted,          // 受理: an acceptance slip was issued
    Refused,           // 不予受理
    Completed,         // 办结
}
