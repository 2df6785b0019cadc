namespace Linkage.Supervision.Domain;

public enum AlarmKind
{
    CaseDeadline, // 办件时限
    StepDeadline, // 环节时限: one department's task
    OrderEscalated, // 督办超期升级: an unanswered order moved one tier up
    RefusalNoReason, // 不予许可未说明理由
    FeeMismatch, // 收费日对账不符: CaseId is the fees module's reconciliation
    VisitOverdue, // 差评回访超期: CaseId is the ratings module's rectification
    RectifyOverdue, // 差评整改超期: CaseId is the ratings module's rectification
    NegativeUnfiled, // 否定报备缺失: a refusal or late notice reached the applicant unfiled (office module)
    AcceptDeadline, // 受理环节超时: received, neither accepted nor noticed within the limit; resolved once answered (0595)
    AcceptedLate, // 超期受理: accepted or noticed after the 5-working-day rule (行政许可法 Art. 32); stays until resolved
    IssuedLate, // 超期发证: the licence issued later than the days after the decision (Art. 44); stays until resolved
    DeliverDeadline, // 送达超时: an issued licence not delivered within the days after the decision; resolved on delivery
    IssueDeadline, // 发证超时: a licence due (certificates, from the catalog) not issued within the days after the decision; resolved once issued (0596)
    SignOffDeadline, // 签发超时: approved by the departments, not signed off within the region's working days; resolved on sign-off (0631)
    SignOffWarning, // 签发预警: the sign-off's deadline is near by the region's warning rules; resolved by the red card or the sign-off
    SignedOffLate, // 超期签发: signed off after that limit; stays until resolved
    KeyProjectTarget, // 重点项目超内部时限: a key project (绿色通道) open past its internal target; resolved on completion (0632)
    EventQuarantined, // 跨级事件隔离: a federation event refused and quarantined at this deployment; CaseId is the card's own id (0624)
    EventDeadLetter, // 跨级事件死信: a federation event that failed every attempt, in dlq-*; resolved once its replay is applied (0557)
    AcceptWarning, // 受理预警: the acceptance's deadline is near by the region's warning rules; resolved by the red card or the answer (0569)
    IssueWarning, // 发证预警: a licence due and not issued, its deadline near; resolved by the red card or the issue (0569)
    DeliverWarning, // 送达预警: an issued licence not delivered, its deadline near; resolved by the red card or the delivery (0569)
}
