using System.Net;
using System.Text.Json;
using Linkage.Kernel;
using Linkage.Testing;

namespace Linkage.EndToEnd.Tests;

/// <summary>The station's proxy ledger line of a finished proxy case, through the gateway: accepted, forwarded and
/// replied by the case itself, then archived, followed up and published by the agent; the notice is masked.</summary>
public static class ProxyLedgerWalk
{
    private const string Station = "ou-350926100201-station";

    public static async Task RunAsync(GatewayClient agent, GatewayClient resident, Guid caseId)
    {
        var line = await Wait.Until(async () =>
        {
            var lines = (await agent.GetAsync($"/api/intake/proxy-ledger?station={Station}")).GetProperty("items");
            return lines.EnumerateArray().FirstOrDefault(l => l.GetProperty("caseId").ValueKind == JsonValueKind.String
                && l.GetProperty("caseId").GetGuid() == caseId && l.GetProperty("stage").GetString() == "replied") is { ValueKind: JsonValueKind.Object } found
                ? (JsonElement?)found : null;
        }, TimeSpan.FromSeconds(20));
        var id = line!.Value.GetProperty("id").GetString();
        Assert.Equal("柘荣县行政服务中心", line.Value.GetProperty("window").GetString());

        await agent.PostAsync($"/api/intake/proxy-ledger/{id}/archive", new { delivery = "village-station" }, HttpStatusCode.OK);
        var today = ChinaTime.ToLocalDate(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd");
        await agent.PostAsync($"/api/intake/proxy-ledger/{id}/follow-up", new { visitedOn = today, satisfied = true }, HttpStatusCode.OK);
        var published = await agent.PostAsync($"/api/intake/proxy-ledger/{id}/publication", new { }, HttpStatusCode.OK);
        Assert.Equal("published", published.GetProperty("stage").GetString());

        var notice = (await resident.GetAsync($"/api/intake/proxy-ledger/published?station={Station}")).GetRawText();
        Assert.Contains(line.Value.GetProperty("caseNumber").GetString()!, notice);
        Assert.DoesNotContain("陈美华", notice);
        Assert.DoesNotContain("350926198503120020", notice);
    }
}
