using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Linkage.VideoReview.Media;

/// <summary>Janus's JSON-over-HTTP API: one POST per request, a transaction id each, the server's secret on every call.
/// Any transport failure becomes <see cref="MediaServerUnavailableException"/>.</summary>
public sealed class JanusHttp(HttpClient http, MediaServerOptions options)
{
    public Task<JsonObject> ApiAsync(string path, JsonObject request, CancellationToken ct)
    {
        request["apisecret"] = options.ApiSecret;
        return PostAsync(new Uri(options.Url, options.Url.AbsolutePath.TrimEnd('/') + path), request, ct);
    }

    public Task<JsonObject> AdminAsync(JsonObject request, CancellationToken ct)
    {
        request["admin_secret"] = options.AdminSecret;
        return PostAsync(options.AdminUrl, request, ct);
    }

    private async Task<JsonObject> PostAsync(Uri uri, JsonObject request, CancellationToken ct)
    {
        request["transaction"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        try
        {
            using var response = await http.PostAsJsonAsync(uri, request, ct);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonObject>(ct)
                ?? throw new MediaServerUnavailableException("Janus answered with an empty body.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException
            && !ct.IsCancellationRequested)
        {
            throw new MediaServerUnavailableException("The video server (Janus) is not reachable.", e);
        }
    }
}
