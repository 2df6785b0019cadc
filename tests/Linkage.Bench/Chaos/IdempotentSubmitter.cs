using System.Collections.Concurrent;
using System.Text.Json;

namespace Linkage.Bench.Chaos;

/// <summary>Window clerks submitting applications, each with an <c>Idempotency-Key</c>: an application whose answer
/// was 502/503/504 or never came is sent again with the same key until it is answered for good. An accepted case is
/// one a 201 acknowledged; a key answered with two different cases would be a duplicate. <paramref name="application"/>
/// makes each body (default: the county window's food permit).</summary>
public sealed class IdempotentSubmitter(Uri target, string clerkToken, StatusTally statuses, Func<HttpContent>? application = null)
{
    private const int MaxAttempts = 200;

    public ConcurrentDictionary<string, Guid> Accepted { get; } = new();

    public long Duplicates;

    public long GaveUp;

    /// <summary>Each clerk submits at most <paramref name="perSecond"/> / <paramref name="clients"/> applications a
    /// second, so the reviewers keep up and every case can reach its end state within the run.</summary>
    public async Task RunAsync(int clients, double perSecond, CancellationToken stop)
    {
        using var http = ClientCall.Create(target, clerkToken, clients);
        var pace = TimeSpan.FromSeconds(clients / perSecond);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var next = DateTime.UtcNow + pace;
                await SubmitAsync(http, Guid.NewGuid().ToString("N"));
                if (next > DateTime.UtcNow) await Task.Delay(next - DateTime.UtcNow, CancellationToken.None);
            }
        })));
    }

    // an application once started is seen through, even after stop: its case may exist already
    private async Task SubmitAsync(HttpClient http, string key)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake/cases") { Content = (application ?? Applications.Next)() };
            request.Headers.Add("Idempotency-Key", key);
            var (status, body, pause) = await ClientCall.SendAsync(http, request);
            statuses.Add(status);
            if (status == "201")
            {
                Record(key, JsonDocument.Parse(body!).RootElement.GetProperty("id").GetGuid());
                return;
            }
            if (!ClientCall.Retryable(status)) return;
            await Task.Delay(pause);
        }
        Interlocked.Increment(ref GaveUp);
    }

    private void Record(string key, Guid caseId)
    {
        if (Accepted.GetOrAdd(key, caseId) != caseId) Interlocked.Increment(ref Duplicates);
    }
}
