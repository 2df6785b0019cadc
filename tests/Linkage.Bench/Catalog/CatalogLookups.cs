using System.Diagnostics;
using Grpc.Net.Client;
using HdrHistogram;
using Linkage.Contracts.Catalog.V1;

namespace Linkage.Bench.Catalog;

/// <summary>ResolveCompetentUnit and GetImplementation over gRPC at a fixed rate (an open loop, alternating), drawing
/// villages, matters and entries from <paramref name="keys"/>.</summary>
public sealed class CatalogLookups(Uri grpc, LookupKeys keys)
{
    public async Task<(LoadResult Resolve, LoadResult Implementation)> RunAsync(double perSecond, TimeSpan duration)
    {
        using var channel = GrpcChannel.ForAddress(grpc);
        var client = new CatalogService.CatalogServiceClient(channel);
        var resolve = new Tally("resolve");
        var implementation = new Tally("get-impl");
        var inFlight = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var n = 0; clock.Elapsed < duration; n++)
        {
            var due = TimeSpan.FromSeconds(n / perSecond);
            if (due > clock.Elapsed) await Task.Delay(due - clock.Elapsed);
            inFlight.Add(n % 2 == 0
                ? resolve.Time(async () => (await client.ResolveCompetentUnitAsync(new ResolveCompetentUnitRequest
                    { MatterCode = keys.Matter(), DivisionCode = keys.Village() })).Found)
                : implementation.Time(async () => (await client.GetImplementationAsync(new GetImplementationRequest
                    { ImplementationCode = keys.Implementation() })).Found));
        }
        await Task.WhenAll(inFlight);
        return (resolve.Result(clock.Elapsed), implementation.Result(clock.Elapsed));
    }

    private sealed class Tally(string name)
    {
        private readonly LongConcurrentHistogram latency = new(1, TimeSpan.TicksPerMinute, 3);
        private long ok, failed;

        public Task Time(Func<Task<bool>> call) => Task.Run(async () =>
        {
            var started = Stopwatch.GetTimestamp();
            bool found;
            try { found = await call(); }
            catch (Grpc.Core.RpcException) { found = false; }
            latency.RecordValue(Stopwatch.GetElapsedTime(started).Ticks);
            Interlocked.Increment(ref found ? ref ok : ref failed);
        });

        public LoadResult Result(TimeSpan elapsed) => new(name, ok, failed, elapsed, latency);
    }
}
