using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Testing;

namespace Linkage.Federation.Tests;

/// <summary>Supervision's figures as the city and the county read them through their own APIs (decision 0520).</summary>
public static class RollUp
{
    public const string City = "350900000000", County = "350926000000";

    /// <summary>This week's period in China time: the facts of the test's cases fall on today.</summary>
    private static string Period
    {
        get
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
            return $"from={today.AddDays(-7):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        }
    }

    /// <summary>The county's row in the city's breakdown by child region: received, completed, on time.</summary>
    public static async Task<Counted> CityByChildRegionAsync(LinkageTestHost city)
    {
        var rows = await city.CreateClient("supervisor-city").OkBodyAsync($"/api/supervision/stats/breakdown?division={City}&by=child-region&{Period}");
        return rows.EnumerateArray().Where(r => r.GetProperty("key").GetString() == County).Select(Figures).FirstOrDefault() ?? Counted.None;
    }

    /// <summary>The county's own figures over the same period, summed over its days.</summary>
    public static async Task<Counted> CountyOwnAsync(LinkageTestHost county)
    {
        var rows = await county.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/stats/breakdown?division={County}&by=month&{Period}");
        return rows.EnumerateArray().Select(Figures).Aggregate(Counted.None, (a, b) => a + b);
    }

    /// <summary>督办: the county's supervisor orders the county's centre to report on a case it handles.</summary>
    public static async Task IssueOrderAtCountyAsync(LinkageTestHost county, Guid caseId)
    {
        var response = await county.CreateClient("supervisor-county").PostAsJsonAsync("/api/supervision/orders",
            new { caseId, targetDivision = County, instruction = "请说明办理进度" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>The county's orders awaiting a reply, as the city reads the county's rolled-up state (decision 0526) and
    /// as the county lists its own orders.</summary>
    public static async Task<int> CityOrdersAwaitingAsync(LinkageTestHost city)
    {
        var rows = await city.CreateClient("supervisor-city").OkBodyAsync($"/api/supervision/stats/rolled-up?division={City}&{Period}");
        return rows.Items().EnumerateArray().Where(r => r.GetProperty("key").GetString() == County)
            .Select(r => r.GetProperty("ordersAwaiting").GetInt32()).FirstOrDefault();
    }

    public static async Task<int> CountyOrdersAwaitingAsync(LinkageTestHost county)
    {
        var orders = await county.CreateClient("supervisor-county").OkBodyAsync($"/api/supervision/orders?division={County}");
        return orders.Items().EnumerateArray().Count(o => IsNull(o, "repliedAt") && IsNull(o, "escalatedTo"));
    }

    private static bool IsNull(JsonElement e, string name) => !e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null;

    /// <summary>Completed cases in <c>/stats</c> of a division.</summary>
    public static async Task<int> StatsCompletedAsync(LinkageTestHost host, string user, string division) =>
        (await host.CreateClient(user).OkBodyAsync($"/api/supervision/stats?division={division}&{Period}")).GetProperty("completed").GetInt32();

    private static Counted Figures(JsonElement r) =>
        new(r.GetProperty("received").GetInt32(), r.GetProperty("completed").GetInt32(), r.GetProperty("onTime").GetInt32());

    public sealed record Counted(int Received, int Completed, int OnTime)
    {
        public static readonly Counted None = new(0, 0, 0);

        public static Counted operator +(Counted a, Counted b) => new(a.Received + b.Received, a.Completed + b.Completed, a.OnTime + b.OnTime);
    }
}
