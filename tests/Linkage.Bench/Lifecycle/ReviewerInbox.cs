using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Bench.Lifecycle;

/// <summary>A department reviewer working through their inbox: fetch the pending tasks, approve each (several at
/// once), fetch again; idle briefly when the inbox is empty.</summary>
public sealed class ReviewerInbox(Uri target, string token, int parallelDecisions = 8)
{
    public long Approved;
    public long Failed;

    public async Task WorkAsync(CancellationToken stop)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = parallelDecisions + 1 })
        { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        while (!stop.IsCancellationRequested)
        {
            var pending = await PendingAsync(http);
            if (pending is null) Interlocked.Increment(ref Failed);
            if (pending is null or { Count: 0 })
            {
                await Task.Delay(50, CancellationToken.None);
                continue;
            }
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = parallelDecisions },
                async (taskId, _) =>
                {
                    var approved = await ApproveAsync(http, taskId);
                    Interlocked.Increment(ref approved ? ref Approved : ref Failed);
                });
        }
    }

    /// <summary>The inbox, or null when the request failed or timed out (counted, and the reviewer carries on).</summary>
    private static async Task<IReadOnlyList<Guid>?> PendingAsync(HttpClient http)
    {
        try
        {
            var tasks = (await http.GetFromJsonAsync<JsonElement>("/api/approval/tasks?status=pending&limit=200")).GetProperty("items");
            return tasks.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return null; }
    }

    private static async Task<bool> ApproveAsync(HttpClient http, Guid taskId)
    {
        try
        {
            using var decided = await http.PostAsJsonAsync($"/api/approval/tasks/{taskId}/decision", new { decision = "approve" });
            return decided.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { return false; }
    }
}
