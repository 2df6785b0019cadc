namespace Linkage.Approval.Features.Shared;

/// <summary>The case a task belongs to, where it has a fact of the same name as the task's: its <c>dueDate</c> (承诺办结日期)
/// beside the department's own (decision 0576).</summary>
public sealed record TaskCaseView(DateOnly DueDate);
