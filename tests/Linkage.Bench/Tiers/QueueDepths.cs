using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Contracts.Federation;

namespace Linkage.Bench.Tiers;

/// <summary>The depths of the queues a forwarded case passes, sampled once a second from each node's management API
/// during the forward (decision 0803): each link queue (<c>federation: …</c>, on the sending node: ready = waiting for
/// the link, unacked = sent over the link, not yet confirmed by the next node) and the city's subscription queue of
/// <c>case-forwarded</c> (unacked = in the host, up to the federation prefetch: its batches and admission).</summary>
public sealed class QueueDepths(TierLayout layout)
{
    private readonly Dictionary<string, List<(long Ready, long Unacked)>> samples = [];

    public async Task SampleAsync(CancellationToken ct)
    {
        var clients = TierLayout.Tiers.ToDictionary(t => t, t => layout.ManagementClient(t, TimeSpan.FromSeconds(10)));
        try
        {
            while (!ct.IsCancellationRequested)
            {
                foreach (var (tier, http) in clients) await SampleAsync(tier, http, ct);
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
        catch (OperationCanceledException)
        {
            // the forward is over
        }
        finally
        {
            foreach (var http in clients.Values) http.Dispose();
        }
    }

    private async Task SampleAsync(string tier, HttpClient http, CancellationToken ct)
    {
        JsonElement queues;
        try
        {
            queues = await http.GetFromJsonAsync<JsonElement>("api/queues?columns=name,messages_ready,messages_unacknowledged", ct);
        }
        catch (Exception ex) when (ex is HttpRequestException || ex is TaskCanceledException && !ct.IsCancellationRequested)
        {
            return; // a node too busy to answer: this second goes unsampled there
        }
        foreach (var q in queues.EnumerateArray())
        {
            var name = q.GetProperty("name").GetString()!;
            if (!name.StartsWith("federation: ", StringComparison.Ordinal) && !(tier == "city" && IsSubscription(name))) continue;
            var key = $"{tier} '{name}'";
            if (!samples.TryGetValue(key, out var list)) samples[key] = list = [];
            list.Add((Count(q, "messages_ready"), Count(q, "messages_unacknowledged")));
        }
    }

    public string Report() => samples.Count == 0 ? "no queue sampled" : string.Join("; ", samples.OrderBy(s => s.Key).Select(s =>
        $"{s.Key} ready mean {s.Value.Average(v => v.Ready):0} max {s.Value.Max(v => v.Ready)}, unacked mean {s.Value.Average(v => v.Unacked):0} max {s.Value.Max(v => v.Unacked)}"));

    /// <summary>The city's <c>{AppId}-{type}</c> queue of <c>case-forwarded</c>, not its dead letters' <c>dlq-…</c>.</summary>
    private static bool IsSubscription(string name) =>
        name.EndsWith("-" + CaseForwarded.Type, StringComparison.Ordinal) && !name.StartsWith("dlq-", StringComparison.Ordinal);

    private static long Count(JsonElement q, string field) => q.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
}
