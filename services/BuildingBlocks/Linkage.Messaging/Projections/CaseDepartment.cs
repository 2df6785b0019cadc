namespace Linkage.Messaging;

/// <summary>A department reviews a case: a module's local copy of what approval's ReviewOpened listed, so the
/// module can show a reviewer the cases of their department (decision 0300) without asking approval.</summary>
public sealed record CaseDepartment(Guid CaseId, string DepartmentId);
