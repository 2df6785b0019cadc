using System.Diagnostics;
using Linkage.Contracts.Catalog.V1;

namespace Linkage.Catalog.Tests.Integration;

/// <summary>Intake and approval ask the catalog for every case: answers must stay fast under load (target: p99 ≤ 5 ms
/// at 500 calls/s), measured end to end over the real gRPC channel.</summary>
[Collection(CatalogHostCollection.Name)]
public sealed class LatencyTests(CatalogHost catalog)
{
    private static readonly string[] Matters = ["000121010000", "000113012000", "000112031000", "000117001000", "000122002000"];
    private const int Calls = 1_000;
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(2);   // 500 calls/s

    [Fact]
    public async Task At_500_calls_a_second_answers_come_from_memory_without_touching_postgresql()
    {
        for (var i = 0; i < 200; i++) await CallAsync(i);   // warm up the JIT, the channel and the cache

        using var queries = new CatalogQueryCounter();
        var latencies = new double[Calls];
        var clock = Stopwatch.StartNew();
        var calls = new List<Task>(Calls);
        for (var i = 0; i < Calls; i++)
        {
            var wait = Interval * i - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            calls.Add(TimeAsync(i, latencies));
        }
        await Task.WhenAll(calls);

        Array.Sort(latencies);
        var (p50, p99) = (latencies[Calls / 2], latencies[(int)(Calls * 0.99) - 1]);
        var measured = $"p50 {p50:0.00} ms, p99 {p99:0.00} ms over {Calls} calls in {clock.Elapsed.TotalSeconds:0.0} s";
        Assert.True(queries.Count == 0, $"{queries.Count} catalog queries during the run; {measured}");
        // The p99 ≤ 5 ms target is for a quiet machine (tests/Linkage.Bench); test runs share two cores with builds,
        // so the median is what is asserted here.
        Assert.True(p50 <= 5.0, measured);
    }

    private async Task TimeAsync(int i, double[] latencies)
    {
        var started = Stopwatch.GetTimestamp();
        await CallAsync(i);
        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private async Task CallAsync(int i)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        if (i % 2 == 0)
        {
            var reply = await catalog.Grpc.ResolveCompetentUnitAsync(new ResolveCompetentUnitRequest
            {
                MatterCode = Matters[i / 2 % Matters.Length], DivisionCode = "350926100201", SubmittingOrgUnitId = "ou-350926100201-station",
            }, deadline: deadline);
            Assert.True(reply.Found);
        }
        else
        {
            var entry = await catalog.Grpc.GetImplementationAsync(
                new GetImplementationRequest { ImplementationCode = "350926-000121010000-01", Version = 1 }, deadline: deadline);
            Assert.True(entry.Found);
        }
    }
}
