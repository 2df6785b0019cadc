using Yarp.ReverseProxy.Forwarder;

namespace Linkage.Gateway.Proxy;

/// <summary>YARP's defaults (no proxy, no redirects, no decompression, no cookies, activity propagation)
/// plus pooled connections that are recycled, so a rescheduled module's new address is picked up.</summary>
internal sealed class GatewayHttpClientFactory : ForwarderHttpClientFactory
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = TimeSpan.FromSeconds(5);
        handler.PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1);
        handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5);
    }
}
