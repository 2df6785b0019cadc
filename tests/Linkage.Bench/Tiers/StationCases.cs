using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Bench.Pacing;

namespace Linkage.Bench.Tiers;

/// <summary>The village agent of 溪坪村 takes applications for a matter of the city 宁德市 (<see cref="CityMatter"/>) at
/// the town's gateway for residents: each is forwarded village → town → county → city over the links.</summary>
public sealed class StationCases(HttpClient agent)
{
    public ConcurrentBag<Guid> Submitted { get; } = [];

    public Task<LoadResult> RunAsync(double perSecond, TimeSpan duration) => OpenLoop.RunAsync("station", perSecond, duration, async _ =>
    {
        using var response = await agent.PostAsJsonAsync("/api/intake/cases", CityMatter.Application());
        if (response.StatusCode != HttpStatusCode.Created) return false;
        Submitted.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        return true;
    });
}
