namespace Linkage.Catalog.Domain;

/// <summary>A window (窗口) of an org unit and the departments it serves; empty = the comprehensive window (综合窗口).</summary>
public sealed record ServiceWindow(string Number, string Name, IReadOnlyList<string> DepartmentIds);
