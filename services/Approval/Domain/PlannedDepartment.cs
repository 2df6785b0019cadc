namespace Linkage.Approval.Domain;

/// <summary>A department in the review plan with its working-day deadline already worked out.</summary>
public sealed record PlannedDepartment(string DepartmentId, string Name, int LimitWorkingDays, bool SignsOff, DateOnly Deadline);
