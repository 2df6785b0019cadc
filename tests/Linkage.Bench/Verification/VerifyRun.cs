using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using HdrHistogram;

namespace Linkage.Bench.Verification;

/// <summary>Anonymous verification of one licence by many residents at once. Each client connects from its own
/// loopback address (127.0.0.10, .11, …) so the gateway's per-caller limit for anonymous callers applies per
/// resident, as it would in the field, not to the whole run.</summary>
public sealed class VerifyRun(Uri gateway, string identifier)
{
    public async Task<LoadResult> RunAsync(int clients, TimeSpan duration)
    {
        var latency = new LongConcurrentHistogram(1, TimeSpan.TicksPerMinute, 3);
        long verified = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async i =>
        {
            using var http = FromAddress(IPAddress.Parse($"127.0.0.{10 + i}"));
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    using var response = await http.GetAsync($"/api/certificates/verify/{identifier}");
                    ok = response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException) { ok = false; }
                latency.RecordValue(Stopwatch.GetElapsedTime(started).Ticks);
                if (ok) Interlocked.Increment(ref verified); else Interlocked.Increment(ref failed);
            }
        }));
        return new LoadResult("verify", verified, failed, clock.Elapsed, latency);
    }

    private HttpClient FromAddress(IPAddress local)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
    }
}
