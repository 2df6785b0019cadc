using Linkage.Kernel;

namespace Linkage.ServiceDefaults.Auth;

/// <summary>Who is calling and the subtree they may see. Every query is scoped with this.</summary>
public sealed record CallerContext(
    string Subject,
    string Name,
    IReadOnlySet<string> Roles,
    DivisionCode? Division,
    string? OrgUnitId,
    string? DepartmentId,
    string? IdDigest,
    string? OrgCreditCode = null)
{
    public bool Has(string role) => Roles.Contains(role);

    public bool IsStaff => Auth.Roles.Staff.Any(Roles.Contains);

    /// <summary>Staff see their own subtree: codes sharing their significant prefix.</summary>
    public bool CanSee(DivisionCode division) => IsStaff && Division is { } mine && division.IsWithin(mine);

    public bool CanSee(string divisionCode) =>
        DivisionCode.TryParse(divisionCode, out var code, out _) && CanSee(code);

    /// <summary>The LIKE pattern for "in my subtree" queries on 12-digit division columns.</summary>
    public string SubtreePattern => Division is { } d ? d.SignificantPrefix + "%" : CaseReach.Nothing; // PostgreSQL refuses a NUL in text
}
