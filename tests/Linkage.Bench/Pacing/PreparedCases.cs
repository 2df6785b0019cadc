using System.Net;
using System.Text.Json;

namespace Linkage.Bench.Pacing;

/// <summary>Cases a scenario needs before it measures: taken at a window 8 at a time (not measured), then awaited
/// until <paramref name="ready"/> counts every one of them (up to two minutes).</summary>
public static class PreparedCases
{
    public static async Task<Guid[]> TakeAsync(HttpClient clerk, Func<HttpContent> application, int count, Func<Guid[], Task<long>> ready, string what)
    {
        var ids = new Guid[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var response = await clerk.PostAsync("/api/intake/cases", application(), ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"Case refused: {(int)response.StatusCode} {body}");
            ids[i] = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        });
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (await ready(ids) < count)
        {
            if (DateTime.UtcNow > deadline) throw new InvalidOperationException($"Only {await ready(ids)} of {count} cases have {what}.");
            await Task.Delay(500);
        }
        return ids;
    }
}
