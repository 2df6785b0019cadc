namespace Linkage.Approval.Features.DecideTask;

/// <summary><c>{ "decision": "approve" | "reject" | "request-supplement" | "start-special-procedure" |
/// "conclude-special-procedure" | "extend" | "reassign" | "sign-off", ... }</c>: a rejection needs a reason
/// (and may cite its legal basis), a supplement request its reason and materials, a special procedure its kind and
/// written notice, an extension its working days and reason, a reassignment the assignee.</summary>
public sealed record DecisionRequest(
    string? Decision,
    string? Reason,
    string? LegalBasis,
    IReadOnlyList<MaterialItem?>? Materials = null,
    string? Procedure = null,
    string? Notice = null,
    int? WorkingDays = null,
    string? AssigneeSubject = null,
    string? AssigneeName = null);

public sealed record MaterialItem(string? Code, string? Name);

/// <summary>The actions, kebab-case in the API.</summary>
public enum ReviewAction
{
    Approve,
    Reject,
    RequestSupplement,
    StartSpecialProcedure,
    ConcludeSpecialProcedure,
    Extend,
    Reassign,
    SignOff,
}
