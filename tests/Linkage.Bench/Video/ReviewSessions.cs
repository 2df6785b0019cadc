using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Bench.Video;

/// <summary>Joint-review sessions (市县远程视频联审) as the county window's clerk hosts them: each creation makes a
/// private Janus VideoRoom; each join issues a ticket and puts it on the room's allowed list; cancelling destroys the room.</summary>
public sealed class ReviewSessions(HttpClient clerk)
{
    private readonly System.Collections.Concurrent.ConcurrentBag<Guid> created = [];

    public IReadOnlyList<Guid> Created => created.ToList();

    public async Task<bool> CreateAsync(Guid caseId)
    {
        using var response = await clerk.PostAsJsonAsync("/api/video-review/sessions", new
        {
            caseId,
            purpose = "joint-review",
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5),
            participants = new[]
            {
                new { orgUnitId = "ou-350926-centre", departmentId = (string?)"dep-350926-scjg" },
                new { orgUnitId = "ou-350926-centre", departmentId = (string?)"dep-350926-wsjk" },
                new { orgUnitId = "ou-350900-centre", departmentId = (string?)null },
            },
        });
        if (response.StatusCode != HttpStatusCode.Created) return false;
        created.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        return true;
    }

    public static async Task<bool> JoinAsync(HttpClient participant, Guid session)
    {
        using var response = await participant.PostAsync($"/api/video-review/sessions/{session}/join", null);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Cancels every session the run created, so their rooms are destroyed; answers how many were not.</summary>
    public async Task<int> CancelAllAsync()
    {
        var failed = 0;
        await Parallel.ForEachAsync(created, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, ct) =>
        {
            using var response = await clerk.PostAsync($"/api/video-review/sessions/{id}/cancellation", null, ct);
            if (!response.IsSuccessStatusCode) Interlocked.Increment(ref failed);
        });
        return failed;
    }
}
