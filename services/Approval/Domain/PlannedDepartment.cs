namespace Linkage.Approval.Domain;

/// <summary>A department in the review plan with its working-day deadline already worked out.</summary>
/// <summary>On a one-thing case <paramref name="LegCode"/> names the leg (its implementation code).</summary>
public sealed record PlannedDepartment(
    string DepartmentId, string Name, int LimitWorkingDays, bool SignsOff, DateOnly Deadline, string? LegCode = null);
