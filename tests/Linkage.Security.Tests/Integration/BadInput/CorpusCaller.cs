using Linkage.Security.Tests.Endpoints;

namespace Linkage.Security.Tests.BadInput;

/// <summary>Who sends an endpoint its bad input: a demo user who may call it on the seeded targets, so the input reaches
/// validation instead of being refused first — by the roles the endpoint requires, else by who owns that step.</summary>
public static class CorpusCaller
{
    private static readonly (string User, string[] Roles)[] ByRole =
    [
        ("clerk", ["window-clerk"]), ("agent", ["village-agent"]), ("resident", ["applicant"]),
        ("reviewer-scjg", ["department-reviewer"]), ("chief", ["chief-representative"]), ("supervisor-county", ["supervisor"]),
        ("admin-province", ["tier-admin"]),
    ];

    public static string For(ApiEndpoint endpoint)
    {
        if (endpoint.RequiredRoles.Count > 0)
            return ByRole.FirstOrDefault(u => u.Roles.Intersect(endpoint.RequiredRoles).Any()).User ?? "admin-province";
        var p = endpoint.Pattern;
        if (p.EndsWith("/follow-up", StringComparison.Ordinal) && p.Contains("/rectifications/", StringComparison.Ordinal)) return "resident";
        if (p.EndsWith("/appeal-decision", StringComparison.Ordinal)) return "supervisor-county";
        if (p == "/api/ratings" || p.EndsWith("/materials", StringComparison.Ordinal)) return "resident";
        if (p.StartsWith("/api/supervision/", StringComparison.Ordinal)) return "supervisor-county";
        if (p.StartsWith("/api/approval/", StringComparison.Ordinal)) return "reviewer-scjg";
        if (p.StartsWith("/api/catalog/", StringComparison.Ordinal)) return "admin-province";
        return "clerk";
    }
}
