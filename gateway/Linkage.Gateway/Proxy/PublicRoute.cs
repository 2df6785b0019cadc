using Linkage.Gateway.RateLimiting;

namespace Linkage.Gateway.Proxy;

/// <summary>The anonymous routes (GET unless they say otherwise): exactly the modules' <c>AllowAnonymous</c> REST endpoints (health and
/// OpenAPI aside, which the gateway serves itself); <c>PublicRouteDriftTests</c> in the architecture tests fails
/// when the two lists differ (issue 20, hole 5).</summary>
public sealed record PublicRoute(string Module, string Path, string? RateLimiterPolicy = null, string Method = "GET")
{
    public static IReadOnlyList<PublicRoute> All { get; } =
    [
        new("catalog", "/api/catalog/regions"),
        new("catalog", "/api/catalog/regions/{divisionCode}"),
        new("catalog", "/api/catalog/org-units"),
        new("catalog", "/api/catalog/org-units/{id}"),
        new("catalog", "/api/catalog/matters"), // 办事指南
        new("catalog", "/api/catalog/matters/{matterCode}"),
        new("catalog", "/api/catalog/bundles"), // 一件事 in the guide (decision 0180)
        new("catalog", "/api/catalog/bundles/{bundleCode}"),
        new("catalog", "/api/events/asyncapi.json"), // the event catalogue: every host serves it (decision 0571)
        new("certificates", "/api/certificates/verify", RateLimitExtensions.PublicVerificationPolicy), // ?qr= from the printed code
        new("certificates", "/api/certificates/verify/{identifier}", RateLimitExtensions.PublicVerificationPolicy),
        new("certificates", "/api/certificates/keys/{orgUnitId}"), // published seal keys, for offline verification
        new("ratings", "/api/ratings/satisfaction"),
        new("ratings", "/api/ratings/satisfaction/monthly"),
        new("supervision", "/api/supervision/rankings"), // 一月一通报: published monthly rankings (decision 0461)
        new("fees", "/api/fees/callbacks/online", Method: "POST"), // the payment provider's signed callback (decision 0441)
        new("hall", "/api/hall/centres/{centreId}/display"), // 叫号屏
        new("hall", "/api/hall/centres/{centreId}/areas"),
    ];
}
