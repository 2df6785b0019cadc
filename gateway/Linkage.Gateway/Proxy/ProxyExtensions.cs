using Linkage.Gateway.Listeners;
using Linkage.Gateway.Modules;
using Yarp.ReverseProxy.Forwarder;

namespace Linkage.Gateway.Proxy;

public static class ProxyExtensions
{
    public static IServiceCollection AddGatewayProxy(this IServiceCollection services, IReadOnlyList<ModuleAddress> modules)
    {
        var (routes, clusters) = ProxyConfigFactory.Create(modules);
        services.AddReverseProxy().LoadFromMemory(routes, clusters);
        services.AddSingleton<IForwarderHttpClientFactory, GatewayHttpClientFactory>();
        return services;
    }

    public static WebApplication MapGatewayProxy(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(ProxyErrorProblems.InvokeAsync);
            proxy.UseLoadBalancing();
        }).ConfigureEndpoints((endpoint, route) =>
        {
            var grpc = route.Metadata?.GetValueOrDefault(ProxyRoutes.ListenerKey) == nameof(GatewayListener.Grpc);
            endpoint.WithMetadata(grpc ? ListenerMetadata.Grpc : ListenerMetadata.Http);
        });
        return app;
    }
}
