using Microsoft.AspNetCore.Http.Features;
using Linkage.Gateway.Problems;
using Yarp.ReverseProxy.Forwarder;

namespace Linkage.Gateway.Limits;

/// <summary>In the proxy pipeline: YARP reports a request body that broke Kestrel's size limit as a client
/// error (400); the caller should see 413 problem details.</summary>
internal static class BodyTooLargeMapping
{
    public static async Task InvokeAsync(HttpContext http, Func<Task> next)
    {
        await next();
        var error = http.Features.Get<IForwarderErrorFeature>();
        if (error?.Exception is null || http.Response.HasStarted || !IsTooLarge(error.Exception)) return;

        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0;
        http.Response.Clear();
        await GatewayProblem.TooLarge(http, limit);
    }

    private static bool IsTooLarge(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }) return true;
        return false;
    }
}
