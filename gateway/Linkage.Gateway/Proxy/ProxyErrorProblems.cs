using Linkage.Gateway.Problems;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace Linkage.Gateway.Proxy;

/// <summary>In the proxy pipeline: YARP answers forwarding failures with a bare status code. They become problem
/// details — 413 when the request body broke Kestrel's limit mid-stream (YARP calls that a 400 client error),
/// otherwise the 5xx YARP chose, without upstream addresses or exception text.</summary>
internal static class ProxyErrorProblems
{
    public static async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        await next();
        var error = http.Features.Get<IForwarderErrorFeature>();
        if (error is null || http.Response.HasStarted) return;

        if (IsTooLarge(error.Exception))
        {
            http.Response.Clear();
            await GatewayProblem.TooLarge(http, http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0);
        }
        else if (http.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            await GatewayProblem.UpstreamFailed(http, http.Response.StatusCode);
        }
    }

    private static bool IsTooLarge(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }) return true;
        return false;
    }
}
