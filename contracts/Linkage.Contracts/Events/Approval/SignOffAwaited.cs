namespace Linkage.Contracts.Events.Approval;

/// <summary>签发: every department approved a plan that ends with the chief representative's final sign-off (0141);
/// <c>CaseApproved</c> follows once signed. <c>DepartmentId</c> is the department that signs off (null: any of them).
/// Added with issue 12, for the sign-off step's deadline.</summary>
public sealed record SignOffAwaited(
    Guid CaseId,
    string CaseNumber,
    string? DepartmentId,
    string HandlingDivision,
    DateTimeOffset AwaitingSince);
