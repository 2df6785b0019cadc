namespace Linkage.Catalog.Domain;

/// <summary>A department reviewing in parallel (并联审批), its own limit, and whether it signs the decision off (首席代表).</summary>
public sealed record ReviewDepartment(string DepartmentId, int LimitWorkingDays, bool SignsOff);
