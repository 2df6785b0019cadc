namespace Linkage.Gateway.Tests.Infrastructure;

/// <summary>Answers any request with what arrived: module, method, path, query, HTTP version, headers.</summary>
internal static class EchoEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, BackendState state)
    {
        state.SeenPaths.Enqueue(http.Request.Path + http.Request.QueryString);
        long bodyBytes = 0;
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(buffer)) > 0) bodyBytes += read;
        return Results.Json(new EchoReply(
            state.Module, http.Request.Method, http.Request.Path, http.Request.QueryString.Value ?? "",
            http.Request.Protocol, http.Request.Headers.Authorization.ToString(), bodyBytes,
            http.Request.Headers["X-Forwarded-For"].ToString()));
    }
}

public sealed record EchoReply(
    string Module, string Method, string Path, string Query, string Protocol, string Authorization, long BodyBytes, string ForwardedFor);
