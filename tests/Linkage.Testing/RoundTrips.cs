using System.Collections.Concurrent;
using System.Diagnostics;

namespace Linkage.Testing;

/// <summary>The database round trips one request made, each by its statements' text (a physical connection's opening
/// shows as CONNECT): Npgsql's command activities (one per command or batch sent)
/// under the trace id the request carried in its <c>traceparent</c> header, however many other requests, consumers and
/// sweeps the host runs meanwhile.</summary>
public sealed class RoundTrips : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentDictionary<ActivityTraceId, ConcurrentQueue<string>> commands = new();

    public RoundTrips()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql")
                    commands.GetOrAdd(activity.TraceId, _ => new()).Enqueue(
                        (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) as string ?? activity.DisplayName);
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Sends the request under a trace of its own; answers the response and the commands it sent to PostgreSQL.</summary>
    public async Task<(HttpResponseMessage Response, IReadOnlyList<string> Commands)> OfAsync(HttpClient client, HttpRequestMessage request)
    {
        var trace = ActivityTraceId.CreateRandom();
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        var response = await client.SendAsync(request);
        return (response, commands.TryGetValue(trace, out var sent) ? sent.ToList() : []);
    }

    public void Dispose() => listener.Dispose();
}
