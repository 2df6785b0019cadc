using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace Linkage.Bench.Chaos;

/// <summary>A department reviewer approving the pending tasks of the run's own cases (<paramref name="ours"/>), through
/// whatever the faults do to their calls (each answer counted); a decision that failed is simply found pending again
/// and retried. Other tasks in the inbox — earlier runs', or a real deployment's — are left alone.</summary>
public sealed class Approver(Uri target, string reviewerToken, StatusTally statuses, Func<IReadOnlyCollection<Guid>> ours)
{
    private readonly ConcurrentDictionary<Guid, bool> decided = new(); // cases whose task this reviewer has decided

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
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (task, _) =>
            {
                using var decide = new HttpRequestMessage(HttpMethod.Post, $"/api/approval/tasks/{task.Id}/decision")
                { Content = JsonContent.Create(new { decision = "approve" }) };
                var (status, _, _) = await ClientCall.SendAsync(http, decide);
                statuses.Add(status);
                if (status is "200" or "409") decided[task.CaseId] = true; // 409: decided already, by an answer that was lost
            });
        }
    }

    /// <summary>The pending tasks of the run's cases not yet decided here, asked case by case (the inbox is ordered by
    /// deadline, so the run's cases could sit behind any number of older ones).</summary>
    private async Task<IReadOnlyList<(Guid Id, Guid CaseId)>> PendingAsync(HttpClient http)
    {
        var pending = new List<(Guid, Guid)>();
        foreach (var caseId in ours().Where(c => !decided.ContainsKey(c)))
        {
            using var list = new HttpRequestMessage(HttpMethod.Get, $"/api/approval/tasks?status=pending&caseId={caseId}");
            var (status, body, pause) = await ClientCall.SendAsync(http, list);
            statuses.Add(status);
            if (status != "200")
            {
                await Task.Delay(pause);
                return pending;
            }
            pending.AddRange(JsonDocument.Parse(body!).RootElement.GetProperty("items").EnumerateArray()
                .Select(t => (t.GetProperty("id").GetGuid(), caseId)));
        }
        return pending;
    }
}
