using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Bench.Pacing;

namespace Linkage.Bench.Tiers;

/// <summary>The village agent of 溪坪村 takes social security card applications (社保卡申领, a matter of the city
/// 宁德市) at the town's gateway for residents: each is forwarded village → town → county → city over the links.</summary>
public sealed class StationCases(HttpClient agent)
{
    private const string SocialSecurityCard = "000112013000";

    public ConcurrentBag<Guid> Submitted { get; } = [];

    public Task<LoadResult> RunAsync(double perSecond, TimeSpan duration) => OpenLoop.RunAsync("station", perSecond, duration, async _ =>
    {
        using var response = await agent.PostAsJsonAsync("/api/intake/cases", new
        {
            matterCode = SocialSecurityCard,
            principalConsent = true,
            applicant = new { kind = "person", name = "陈美华", idNumber = "350926198503120020" },
            materials = new[] { new { code = "id-copy" }, new { code = "photo" } },
        });
        if (response.StatusCode != HttpStatusCode.Created) return false;
        Submitted.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        return true;
    });
}
