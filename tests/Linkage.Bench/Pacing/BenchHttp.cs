using System.Net.Http.Headers;

namespace Linkage.Bench.Pacing;

public static class BenchHttp
{
    /// <summary>A client for <paramref name="target"/> carrying <paramref name="token"/> (none: anonymous).</summary>
    public static HttpClient Create(Uri target, string? token, int connections = 64)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
