using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Messaging.Tests.Federation.Dapr;

/// <summary>Plays the Dapr runtime towards the app: reads its subscriptions and POSTs CloudEvents (structured
/// mode) with the app token in <c>dapr-api-token</c>, as the sidecar does.</summary>
public sealed class FakeSidecar(Uri app) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = app, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<HttpResponseMessage> GetSubscriptionsAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dapr/subscribe");
        if (token is not null) request.Headers.Add("dapr-api-token", token);
        return await http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> DeliverAsync(string route, byte[] cloudEvent, string? token)
    {
        // The runtime joins the app address and the route, with or without its leading slash.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + route.TrimStart('/')) { Content = new ByteArrayContent(cloudEvent) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json");
        if (token is not null) request.Headers.Add("dapr-api-token", token);
        return await http.SendAsync(request);
    }

    /// <summary>The pub/sub status of a 200 reply (SUCCESS, RETRY or DROP).</summary>
    public static async Task<string> StatusOf(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("status").GetString()!;
    }

    public void Dispose() => http.Dispose();
}
