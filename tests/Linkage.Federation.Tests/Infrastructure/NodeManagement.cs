using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Federation.Tests.Infrastructure;

/// <summary>One node's management API on loopback: users, federation upstreams and policies, queues, connections.</summary>
public sealed class NodeManagement(Uri address)
{
    private readonly HttpClient http = Create(address);

    public async Task<bool> IsUpAsync() => (await http.GetAsync("api/overview")).IsSuccessStatusCode;

    public async Task AddUserAsync(string user, string password)
    {
        (await http.PutAsJsonAsync($"api/users/{user}", new { password, tags = "" })).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"api/permissions/%2F/{user}", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
    }

    public async Task DeleteUserAsync(string user) => (await http.DeleteAsync($"api/users/{user}")).EnsureSuccessStatusCode();

    /// <summary>Closes every connection of <paramref name="user"/> (a federation link's, so it must reconnect).</summary>
    public async Task CloseConnectionsOfAsync(string user)
    {
        var connections = await http.GetFromJsonAsync<JsonElement>("api/connections?columns=name,user");
        foreach (var connection in connections.EnumerateArray().Where(c => c.GetProperty("user").GetString() == user))
            await http.DeleteAsync($"api/connections/{Uri.EscapeDataString(connection.GetProperty("name").GetString()!)}");
    }

    public async Task SetUpstreamAsync(string name, Uri uri, int maxHops) =>
        (await http.PutAsJsonAsync($"api/parameters/federation-upstream/%2F/{name}", new
        {
            value = new Dictionary<string, object> { ["uri"] = uri.ToString(), ["max-hops"] = maxHops, ["ack-mode"] = "on-confirm", ["reconnect-delay"] = 1 },
        })).EnsureSuccessStatusCode();

    public async Task FederateExchangesAsync(string pattern) =>
        (await http.PutAsJsonAsync("api/policies/%2F/federate-linkage", new Dictionary<string, object>
        {
            ["pattern"] = pattern, ["definition"] = new Dictionary<string, object> { ["federation-upstream-set"] = "all" },
            ["priority"] = 0, ["apply-to"] = "exchanges",
        })).EnsureSuccessStatusCode();

    /// <summary>The federation links of this node that are running.</summary>
    public async Task<int> RunningLinksAsync()
    {
        var links = await http.GetFromJsonAsync<JsonElement>("api/federation-links");
        return links.EnumerateArray().Count(l => l.GetProperty("status").GetString() == "running");
    }

    /// <summary>Messages in a queue; 0 when it does not exist.</summary>
    public async Task<long> MessageCountAsync(string queue)
    {
        var response = await http.GetAsync($"api/queues/%2F/{Uri.EscapeDataString(queue)}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return 0;
        var body = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("messages", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt64() : 0;
    }

    private static HttpClient Create(Uri address)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        return client;
    }
}
