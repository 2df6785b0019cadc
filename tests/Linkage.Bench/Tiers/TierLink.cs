using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Bench.Tiers;

/// <summary>The broker-to-broker link between two neighbouring tiers, cut as tests/Linkage.Federation.Tests cuts it:
/// each side's link user is removed from the other's node and its connection closed, so the federation link cannot
/// log in again while its upstream queue keeps what is published. Restoring adds the users back.</summary>
public sealed class TierLink(TierLayout layout, string a, string b)
{
    public async Task CutAsync()
    {
        foreach (var (node, user) in Sides())
        {
            using var http = Management(node);
            (await http.DeleteAsync($"api/users/{user}")).EnsureSuccessStatusCode();
            var connections = await http.GetFromJsonAsync<JsonElement>("api/connections?columns=name,user");
            foreach (var connection in connections.EnumerateArray().Where(c => c.GetProperty("user").GetString() == user))
                await http.DeleteAsync($"api/connections/{Uri.EscapeDataString(connection.GetProperty("name").GetString()!)}");
        }
    }

    public async Task RestoreAsync()
    {
        var password = layout.LinkPassword();
        foreach (var (node, user) in Sides())
        {
            using var http = Management(node);
            (await http.PutAsJsonAsync($"api/users/{user}", new { password, tags = "" })).EnsureSuccessStatusCode();
            (await http.PutAsJsonAsync($"api/permissions/%2F/{user}", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
        }
    }

    /// <summary>The federation links of <paramref name="tier"/>'s node that are running.</summary>
    public async Task<int> RunningLinksAsync(string tier)
    {
        using var http = Management(tier);
        var links = await http.GetFromJsonAsync<JsonElement>("api/federation-links");
        return links.EnumerateArray().Count(l => l.GetProperty("status").GetString() == "running");
    }

    // on a's node, b's link logs in as link-b, and the other way round
    private (string Node, string User)[] Sides() => [(a, $"link-{b}"), (b, $"link-{a}")];

    private HttpClient Management(string tier) => layout.ManagementClient(tier, TimeSpan.FromSeconds(30));
}
