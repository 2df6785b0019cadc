using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Bench.Chaos;

/// <summary>A department reviewer approving every pending task of their inbox, through whatever the faults do to
/// their calls (each answer counted); a decision that failed is simply found pending again and retried.</summary>
public sealed class Approver(Uri target, string reviewerToken, StatusTally statuses)
{
    public async Task RunAsync(CancellationToken stop)
    {
        using var http = ClientCall.Create(target, reviewerToken, 8);
        while (!stop.IsCancellationRequested)
        {
            var pending = await PendingAsync(http);
            if (pending.Count == 0)
            {
                await Task.Delay(200, CancellationToken.None);
                continue;
            }
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (taskId, _) =>
            {
                using var decide = new HttpRequestMessage(HttpMethod.Post, $"/api/approval/tasks/{taskId}/decision")
                { Content = JsonContent.Create(new { decision = "approve" }) };
                var (status, _, _) = await ClientCall.SendAsync(http, decide);
                statuses.Add(status);
            });
        }
    }

    private async Task<IReadOnlyList<Guid>> PendingAsync(HttpClient http)
    {
        using var list = new HttpRequestMessage(HttpMethod.Get, "/api/approval/tasks?status=pending&limit=200");
        var (status, body, pause) = await ClientCall.SendAsync(http, list);
        statuses.Add(status);
        if (status != "200")
        {
            await Task.Delay(pause);
            return [];
        }
        return JsonDocument.Parse(body!).RootElement.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
    }
}
