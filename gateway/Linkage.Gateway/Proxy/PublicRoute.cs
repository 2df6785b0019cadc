using Linkage.Gateway.RateLimiting;

namespace Linkage.Gateway.Proxy;

/// <summary>The anonymous GET routes: those marked <i>public</i> in docs/api.md, and the
/// bundle guide beside the matter guide.</summary>
public sealed record PublicRoute(string Module, string Path, string? RateLimiterPolicy = null)
{
    public static IReadOnlyList<PublicRoute> All { get; } =
    [
        new("catalog", "/api/catalog/regions/{divisionCode}"),
        new("catalog", "/api/catalog/org-units/{id}"),
        new("catalog", "/api/catalog/matters"), // 办事指南
        new("catalog", "/api/catalog/matters/{matterCode}"),
        new("catalog", "/api/catalog/bundles"), // 一件事 in the guide (decision 0180)
        new("catalog", "/api/catalog/bundles/{bundleCode}"),
        new("certificates", "/api/certificates/verify/{identifier}", RateLimitExtensions.PublicVerificationPolicy),
        new("ratings", "/api/ratings/satisfaction"),
        new("ratings", "/api/ratings/satisfaction/monthly"),
    ];
}
