namespace Linkage.Contracts.Events.Approval;

/// <summary>The whole case's clock stops (行政许可法 Art. 45): a supplement request or a special procedure
/// (hearing, testing, expert review) with its written notice.</summary>
public sealed record ClockStopped(
    Guid CaseId,
    string CaseNumber,
    string DepartmentId,
    string Kind,           // "supplement" | "hearing" | "testing" | "expert-review"
    string Notice,
    DateOnly StoppedOn,
    DateTimeOffset StoppedAt);
