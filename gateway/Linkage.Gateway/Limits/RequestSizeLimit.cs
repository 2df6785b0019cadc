using Linkage.Gateway.Listeners;
using Linkage.Gateway.Problems;

namespace Linkage.Gateway.Limits;

/// <summary>Rejects a declared oversized body before authentication or proxying. Bodies without a length
/// (chunked) hit Kestrel's limit while being forwarded; <c>Proxy.ProxyErrorProblems</c> turns that into 413 too.</summary>
public static class RequestSizeLimit
{
    public static WebApplication UseRequestSizeLimit(this WebApplication app, long maxBytes)
    {
        app.Use((http, next) =>
            http.Request.ContentLength > maxBytes && ListenerFeature.Of(http) == GatewayListener.Http
                ? GatewayProblem.TooLarge(http, maxBytes)
                : next(http));
        return app;
    }
}
