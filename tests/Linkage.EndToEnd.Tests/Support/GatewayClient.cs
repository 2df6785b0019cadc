using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.EndToEnd.Tests;

/// <summary>One demo user talking to the gateway, the way a frontend would.</summary>
public sealed class GatewayClient(Uri gateway, string? token) : IDisposable
{
    private readonly HttpClient http = Create(gateway, token);

    public async Task<JsonElement> PostAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        return await ReadAsync(response, expected);
    }

    public async Task<JsonElement> PutAsync(string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await http.PutAsJsonAsync(path, body);
        return await ReadAsync(response, expected);
    }

    public async Task<HttpStatusCode> PostRawAsync(string path, object body)
    {
        using var response = await http.PostAsJsonAsync(path, body);
        return response.StatusCode;
    }

    public async Task<JsonElement> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await http.GetAsync(path);
        return await ReadAsync(response, expected);
    }

    public async Task<HttpStatusCode> StatusOfGetAsync(string path)
    {
        using var response = await http.GetAsync(path);
        return response.StatusCode;
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    private static HttpClient Create(Uri gateway, string? token)
    {
        var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public void Dispose() => http.Dispose();
}
