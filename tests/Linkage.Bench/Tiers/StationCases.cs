using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Bench.Pacing;

namespace Linkage.Bench.Tiers;

/// <summary>The village agent of 溪坪村 takes applications for a matter of the city 宁德市 (<see cref="CityMatter"/>) at
/// the town's gateway for residents: each is forwarded village → town → county → city over the links. Each created
/// case keeps when the agent sent it (the client's clock, before any wait for a connection).</summary>
public sealed class StationCases(HttpClient agent)
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> sentAt = new();

    public ICollection<Guid> Submitted => sentAt.Keys;

    public IReadOnlyDictionary<Guid, DateTimeOffset> SentAt => sentAt;

    public Task<LoadResult> RunAsync(double perSecond, TimeSpan duration) => OpenLoop.RunAsync("station", perSecond, duration, async _ =>
    {
        var sent = DateTimeOffset.UtcNow;
        using var response = await agent.PostAsJsonAsync("/api/intake/cases", CityMatter.Application());
        if (response.StatusCode != HttpStatusCode.Created) return false;
        sentAt[(await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()] = sent;
        return true;
    });
}
