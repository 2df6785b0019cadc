namespace Linkage.ServiceDefaults.Auth;

/// <summary>A seeded demo user for local development tokens.</summary>
public sealed record DemoUser(
    string UserName,
    string Name,
    IReadOnlyList<string> Roles,
    string Division,
    string? OrgUnitId = null,
    string? DepartmentId = null,
    string? IdNumber = null,
    string? OrgCreditCode = null);
