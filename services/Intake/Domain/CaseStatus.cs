namespace Linkage.Intake.Domain;

public enum CaseStatus
{
    AwaitingMaterials,  // 缺件: a missing-materials notice was issued
    Accepted,           // 受理: an acceptance slip was issued
    Refused,            // 不予受理
    Completed,          // 办结
    Received,           // 已收件: submitted online, awaiting the clerk's check (no notice yet)
    AwaitingSupplement, // 补正: a reviewing department asked for more; the clock stops
    Terminated,         // 终止: 容缺 materials not supplied by the committed date
}
