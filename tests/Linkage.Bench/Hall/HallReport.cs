using System.Net;
using System.Net.Http.Json;
using Linkage.Bench.Pacing;

namespace Linkage.Bench.Hall;

/// <summary>叫号 in the county centre's hall through the gateway (issue 18): residents' phones and the kiosk take
/// tickets for areas A and B at <c>--hall-rate</c> a second (default 100) while the window clerk calls the next
/// ticket at windows 01, 02 and 03 at the same rate. A warm-up of takes alone first leaves a queue to call from.</summary>
public static class HallReport
{
    private const string Centre = "ou-350926-centre";
    private static readonly string[] Areas = ["A", "B"];
    private static readonly string[] Windows = ["01", "02", "03"];

    public static async Task<long> RunAsync(string[] args, BenchOptions options, BenchTokens tokens)
    {
        var rate = new ScenarioArgs(args).Number("--hall-rate", 100);
        using var resident = BenchHttp.Create(options.Gateway, tokens.For("resident"));
        using var kiosk = BenchHttp.Create(options.Gateway, tokens.For("kiosk"));
        using var clerk = BenchHttp.Create(options.Gateway, tokens.For("clerk"));
        Console.WriteLine($"hall (叫号) through the gateway: tickets taken by residents and the kiosk, called by 3 windows, {rate:0}/s each");
        Task<bool> Take(long n) => TakeAsync(n % 2 == 0 ? resident : kiosk, n % 2 == 0, Areas[n / 2 % 2]);
        await OpenLoop.RunAsync("warm-up", rate, options.Warmup, Take);

        long empty = 0;
        var take = OpenLoop.RunAsync("take", rate, options.Duration, Take);
        var call = OpenLoop.RunAsync("call", rate, options.Duration, async n =>
        {
            using var response = await clerk.PostAsync($"/api/hall/windows/{Windows[n % Windows.Length]}/call-next", null);
            if (response.StatusCode == HttpStatusCode.NoContent) Interlocked.Increment(ref empty);
            return response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NoContent;
        });
        var (taken, called) = (await take, await call);
        Figure.P99("hall ticket take (POST /api/hall/tickets)", taken, 50, rate);
        Figure.P99("hall ticket call (POST /api/hall/windows/{code}/call-next)", called, 50, rate);
        Console.WriteLine($"  of the calls, {called.Accepted - empty} called a ticket and {empty} found none waiting");
        return taken.Failed + called.Failed;
    }

    private static async Task<bool> TakeAsync(HttpClient http, bool phone, string area)
    {
        using var response = await http.PostAsJsonAsync("/api/hall/tickets", new { centreId = phone ? Centre : null, areaCode = area });
        return response.StatusCode == HttpStatusCode.Created;
    }
}
