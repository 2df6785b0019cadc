using System.Globalization;
using System.Net.Http.Headers;

namespace Linkage.Bench.Chaos;

/// <summary>One HTTP call as a client under faults sees it: a status, "refused" (no connection) or "timeout", and the
/// server's <c>Retry-After</c>. Answers that a well-behaved client sends again are 502, 503, 504 and no answer.</summary>
public static class ClientCall
{
    public static readonly TimeSpan DefaultPause = TimeSpan.FromSeconds(1);

    public static bool Retryable(string status) => status is "502" or "503" or "504" or "refused" or "timeout";

    public static async Task<(string Status, string? Body, TimeSpan Pause)> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return (((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), body, PauseOf(response.Headers.RetryAfter));
        }
        catch (HttpRequestException)
        {
            return ("refused", null, DefaultPause);
        }
        catch (TaskCanceledException)
        {
            return ("timeout", null, DefaultPause);
        }
    }

    public static HttpClient Create(Uri target, string token, int connections)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
        { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    // a client waits as told, but never longer than a few seconds in this run
    private static TimeSpan PauseOf(RetryConditionHeaderValue? retryAfter) =>
        retryAfter?.Delta is { } delta ? TimeSpan.FromSeconds(Math.Clamp(delta.TotalSeconds, 0.2, 5)) : DefaultPause;
}
