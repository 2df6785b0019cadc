using Linkage.Gateway.Modules;
using Yarp.ReverseProxy.Configuration;

namespace Linkage.Gateway.Proxy;

/// <summary>Routes and clusters from <c>Linkage:Gateway:Modules</c>; a module without an address has no routes.</summary>
internal static class ProxyConfigFactory
{
    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) Create(IReadOnlyList<ModuleAddress> modules)
    {
        var routes = new List<RouteConfig>();
        var clusters = new Dictionary<string, ClusterConfig>();
        foreach (var module in modules)
        {
            if (module.Http is { } http)
            {
                var cluster = Add(clusters, ProxyClusters.Rest(http));
                routes.AddRange(ProxyRoutes.Rest(module, cluster));
            }
            if (module.Grpc is { } grpc)
                routes.Add(ProxyRoutes.Grpc(module, Add(clusters, ProxyClusters.Grpc(grpc))));
        }
        return (routes, clusters.Values.ToList());
    }

    private static string Add(Dictionary<string, ClusterConfig> clusters, ClusterConfig cluster)
    {
        clusters.TryAdd(cluster.ClusterId, cluster);
        return cluster.ClusterId;
    }
}
