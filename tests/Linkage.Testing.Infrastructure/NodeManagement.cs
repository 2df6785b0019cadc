using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Testing;

/// <summary>One node's management API on loopback: users, federation upstreams and policies, queues, connections, the
/// node's log; for one vhost of it (the default one unless named).</summary>
public sealed class NodeManagement(Uri address, string vhost = "/")
{
    private readonly HttpClient http = Create(address);
    private readonly string v = Uri.EscapeDataString(vhost);

    public async Task<bool> IsUpAsync() => (await http.GetAsync("api/overview")).IsSuccessStatusCode;

    public async Task AddUserAsync(string user, string password)
    {
        (await http.PutAsJsonAsync($"api/users/{user}", new { password, tags = "" })).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync($"api/permissions/{v}/{user}", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
    }

    public async Task DeleteUserAsync(string user, bool missingIsFine = false)
    {
        using var response = await http.DeleteAsync($"api/users/{user}");
        if (!(missingIsFine && response.StatusCode == System.Net.HttpStatusCode.NotFound)) response.EnsureSuccessStatusCode();
    }

    /// <summary>Closes every connection of <paramref name="user"/> (a federation link's, so it must reconnect).</summary>
    public async Task CloseConnectionsOfAsync(string user)
    {
        var connections = await http.GetFromJsonAsync<JsonElement>("api/connections?columns=name,user");
        foreach (var connection in connections.EnumerateArray().Where(c => c.GetProperty("user").GetString() == user))
            await http.DeleteAsync($"api/connections/{Uri.EscapeDataString(connection.GetProperty("name").GetString()!)}");
    }

    public async Task SetUpstreamAsync(string name, Uri uri, int maxHops) =>
        (await PutAsync($"api/parameters/federation-upstream/{v}/{name}", new
        {
            value = new Dictionary<string, object>
            {
                ["uri"] = uri.ToString(), ["exchange"] = "linkage.out", ["max-hops"] = maxHops, ["ack-mode"] = "on-confirm", ["reconnect-delay"] = 1,
                ["resource-cleanup-mode"] = "never", // as scripts/tiers.sh and the chart: a clean stop keeps the link queue (0499)
            },
        })).EnsureSuccessStatusCode();

    /// <summary>As scripts/tiers.sh and the chart (decision 0686): this node's <c>linkage.in.down</c> federates the
    /// parent's <c>linkage.out</c> (upstream <paramref name="upstream"/>).</summary>
    public Task FederateParentAsync(string upstream) =>
        PolicyAsync("federate-linkage-down", @"^linkage\.in\.down$", "federation-upstream", upstream);

    /// <summary>This node's <c>linkage.in.up</c> federates a child's <c>linkage.out</c>: <paramref name="upstream"/>
    /// joins the upstream set <c>children</c>.</summary>
    public async Task FederateChildAsync(string upstream)
    {
        var response = await http.GetAsync($"api/parameters/federation-upstream-set/{v}/children");
        var children = response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").EnumerateArray()
                .Select(u => u.GetProperty("upstream").GetString()!).ToList()
            : [];
        if (!children.Contains(upstream)) children.Add(upstream);
        (await PutAsync($"api/parameters/federation-upstream-set/{v}/children",
            new { value = children.Select(c => new { upstream = c }) })).EnsureSuccessStatusCode();
        await PolicyAsync("federate-linkage-up", @"^linkage\.in\.up$", "federation-upstream-set", "children");
    }

    private async Task PolicyAsync(string name, string pattern, string key, string upstream) =>
        (await PutAsync($"api/policies/{v}/{name}", new Dictionary<string, object>
        {
            ["pattern"] = pattern, ["definition"] = new Dictionary<string, object> { [key] = upstream },
            ["priority"] = 0, ["apply-to"] = "exchanges",
        })).EnsureSuccessStatusCode();

    /// <summary>The bindings whose source is <paramref name="exchange"/>: destination, routing key and the deployment
    /// (argument <c>x-linkage-app</c>) when it names one.</summary>
    public async Task<IReadOnlyList<(string Destination, string Key, string? App)>> BindingsFromAsync(string exchange)
    {
        var response = await http.GetAsync($"api/exchanges/{v}/{Uri.EscapeDataString(exchange)}/bindings/source");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return [];
        var bindings = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return bindings.EnumerateArray().Select(b => (b.GetProperty("destination").GetString()!, b.GetProperty("routing_key").GetString()!,
            b.TryGetProperty("arguments", out var a) && a.ValueKind == JsonValueKind.Object && a.TryGetProperty("x-linkage-app", out var app)
                ? app.GetString() : null)).ToList();
    }

    /// <summary>The federation links of this node that are running.</summary>
    public async Task<int> RunningLinksAsync()
    {
        var links = await http.GetFromJsonAsync<JsonElement>("api/federation-links");
        return links.EnumerateArray().Count(l => l.GetProperty("status").GetString() == "running");
    }

    /// <summary>Other vhosts federate this one's exchanges and every link is connected: each link's queue here
    /// (<c>federation: …</c>) has its consumer. Needs no federation management plugin, which the test broker lacks.</summary>
    public async Task<bool> FederationQueuesConsumedAsync()
    {
        var queues = await http.GetFromJsonAsync<JsonElement>($"api/queues/{v}?columns=name,consumers");
        var links = queues.EnumerateArray().Where(q => q.GetProperty("name").GetString()!.StartsWith("federation:", StringComparison.Ordinal)).ToList();
        return links.Count > 0 && links.All(q => q.TryGetProperty("consumers", out var n) && n.GetInt32() > 0);
    }

    /// <summary>Every queue of the vhost with the number of consumers on it.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ConsumersAsync()
    {
        var queues = await http.GetFromJsonAsync<JsonElement>($"api/queues/{v}?columns=name,consumers");
        return queues.EnumerateArray().ToDictionary(q => q.GetProperty("name").GetString()!,
            q => q.TryGetProperty("consumers", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : 0);
    }

    /// <summary>Messages in a queue; 0 when it does not exist.</summary>
    public async Task<long> MessageCountAsync(string queue)
    {
        var response = await http.GetAsync($"api/queues/{v}/{Uri.EscapeDataString(queue)}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return 0;
        var body = await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        return body.TryGetProperty("messages", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt64() : 0;
    }

    public async Task<bool> ExchangeExistsAsync(string exchange)
    {
        using var response = await http.GetAsync($"api/exchanges/{v}/{Uri.EscapeDataString(exchange)}");
        return response.StatusCode != System.Net.HttpStatusCode.NotFound && response.EnsureSuccessStatusCode().IsSuccessStatusCode;
    }

    /// <summary>The node's log file (the test broker runs on this machine); read from <see cref="LogLengthAsync"/> taken before.</summary>
    public async Task<string> LogFromAsync(long offset)
    {
        await using var file = new FileStream(await LogFileAsync(), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        file.Seek(Math.Min(offset, file.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(file);
        return await reader.ReadToEndAsync();
    }

    public async Task<long> LogLengthAsync() => new FileInfo(await LogFileAsync()).Length;

    private async Task<string> LogFileAsync()
    {
        var nodes = await http.GetFromJsonAsync<JsonElement>("api/nodes?columns=log_files");
        return nodes[0].GetProperty("log_files")[0].GetString()!;
    }

    /// <summary>A parameter or policy PUT. The federation plugin adjusts the vhost's links inside the request, and a link
    /// that another test's teardown is restarting at that moment is not found there: the value is stored, the answer is
    /// 500 (<c>rabbit_federation_link_sup:stop</c>, badmatch not_found). The same PUT again finds the links settled.</summary>
    private async Task<HttpResponseMessage> PutAsync<T>(string path, T body)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await http.PutAsJsonAsync(path, body);
            if (response.StatusCode != System.Net.HttpStatusCode.InternalServerError || attempt == 5) return response;
            response.Dispose();
            await Task.Delay(TimeSpan.FromSeconds(attempt));
        }
    }

    private static HttpClient Create(Uri address)
    {
        var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        return client;
    }
}
