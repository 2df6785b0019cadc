using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;

namespace Linkage.Bench.Lifecycle;

/// <summary>A department reviewer of a flooded run working through the run's own cases as their reviews open
/// (<see cref="RunCases"/>), several at once: the case's pending tasks for the department looked up and approved, as the
/// closed loop does. A case the reviewer could not decide counts as failed and the reviewer carries on.</summary>
public sealed class ReviewerInbox(Uri target, string token, ChannelReader<Guid> cases, int parallelDecisions = 8)
{
    public long Approved;
    public long Failed;

    public async Task WorkAsync(CancellationToken stop)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = parallelDecisions + 1 })
        { BaseAddress = target, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            await Parallel.ForEachAsync(cases.ReadAllAsync(stop),
                new ParallelOptions { MaxDegreeOfParallelism = parallelDecisions, CancellationToken = stop },
                async (caseId, _) =>
                {
                    var approved = await ApproveAsync(http, caseId);
                    Interlocked.Increment(ref approved ? ref Approved : ref Failed);
                });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { } // the decisions in flight finished first
    }

    private static async Task<bool> ApproveAsync(HttpClient http, Guid caseId)
    {
        try
        {
            return await ClosedLoop.ApproveAsync(http, caseId);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException) { return false; }
    }
}
