using Linkage.Gateway.Modules;
using Yarp.ReverseProxy.Configuration;

namespace Linkage.Gateway.Proxy;

/// <summary>The routes of one module. REST paths are forwarded unchanged: modules serve <c>/api/v1/{module}/…</c> and, as
/// deprecated aliases, <c>/api/{module}/…</c> (decision 0553), so every route has a <c>-v1</c> twin with the same policies.</summary>
internal static class ProxyRoutes
{
    public const string ListenerKey = "Linkage.Listener";
    private static readonly string[] Get = ["GET"];

    public static IEnumerable<RouteConfig> Rest(ModuleAddress module, string clusterId) =>
        Unversioned(module, clusterId).SelectMany(r => new[]
        {
            r,
            r with { RouteId = r.RouteId + "-v1", Match = r.Match with { Path = VersionPrefix + r.Match.Path![Api.Length..] } },
        });

    private const string Api = "/api";
    private const string VersionPrefix = "/api/v1";

    private static IEnumerable<RouteConfig> Unversioned(ModuleAddress module, string clusterId)
    {
        var m = module.Module;
        yield return new RouteConfig { RouteId = $"{m.Name}-rest", ClusterId = clusterId, Match = new() { Path = m.RestPrefix + "/{**rest}" } };
        foreach (var also in m.AlsoServes ?? [])
            yield return new RouteConfig { RouteId = $"{m.Name}-rest-{also}", ClusterId = clusterId, Match = new() { Path = $"/api/{also}/{{**rest}}" } };
        yield return new RouteConfig
        {
            RouteId = $"{m.Name}-openapi",
            ClusterId = clusterId,
            AuthorizationPolicy = "anonymous",
            Match = new() { Path = m.RestPrefix + "/openapi.json", Methods = Get },
            Transforms = module.OpenApiPath is null ? null : [new Dictionary<string, string> { ["PathSet"] = module.OpenApiPath }],
        };
        var index = 0;
        foreach (var route in PublicRoute.All.Where(r => r.Module == m.Name))
            yield return new RouteConfig
            {
                RouteId = $"{m.Name}-public-{index++}",
                ClusterId = clusterId,
                AuthorizationPolicy = "anonymous",
                RateLimiterPolicy = route.RateLimiterPolicy,
                Match = new() { Path = route.Path, Methods = [route.Method] },
            };
    }

    /// <summary><c>/linkage.{module}.v1.{Service}/{Method}</c>; the body limit is lifted for streams
    /// (modules bound message sizes themselves).</summary>
    public static RouteConfig Grpc(ModuleAddress module, string clusterId) => new()
    {
        RouteId = $"{module.Module.Name}-grpc",
        ClusterId = clusterId,
        MaxRequestBodySize = -1,
        Match = new() { Path = "/" + module.Module.GrpcPackagePrefix + "{service}/{**method}" },
        Metadata = new Dictionary<string, string> { [ListenerKey] = nameof(Listeners.GatewayListener.Grpc) },
    };
}
