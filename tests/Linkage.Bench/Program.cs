using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Linkage.Bench;
using Linkage.Bench.Assessment;
using Linkage.Bench.Audit;
using Linkage.Bench.Catalog;
using Linkage.Bench.Chaos;
using Linkage.Bench.Cost;
using Linkage.Bench.Forwarding;
using Linkage.Bench.Lifecycle;
using Linkage.Bench.Ratings;
using Linkage.Bench.Scenarios;
using Linkage.Bench.Stats;
using Linkage.Bench.Sweep;
using Linkage.Bench.Verification;

if (BenchUsage.Check(args, Console.Out, Console.Error) is { } exit) return exit;
var options = BenchOptions.Parse(args);
var tokens = new BenchTokens(options.State);
var clerk = tokens.For("clerk");
var gate = new ScenarioGate(options);

await gate.RunAsync("intake", async () =>
{
    Console.WriteLine($"POST /api/intake/cases, {options.Clients} clients, {options.Duration.TotalSeconds:0} s each (after a warm-up until the rate settles)");
    var direct = await SettledAsync(options.Direct, "direct");
    var gateway = await SettledAsync(options.Gateway, "gateway");
    Console.WriteLine($"gateway/direct throughput ratio {gateway.PerSecond / direct.PerSecond:P1}");
    if (options.PgbenchTps is { } tps)
        Console.WriteLine($"pgbench single-row inserts {tps:0.0} tps; gateway/pgbench {gateway.PerSecond / tps:P1}, direct/pgbench {direct.PerSecond / tps:P1}");
    return gateway.Failed + direct.Failed;
});

await gate.RunAsync("lifecycle", async () =>
{
    var reviewers = tokens.FoodPermitReviewers();
    var issued = new IssuedCertificates(options.Postgres ?? throw new InvalidOperationException("--pg is needed for the lifecycle scenario."));
    var run = new LifecycleRun(options.Direct, clerk, reviewers, options.Postgres, issued, new ReviewBacklog(options.Postgres), options.ReviewerDecisions);
    Console.WriteLine($"life cycle (accepted, {reviewers.Count} departments approve in parallel, {options.ReviewerDecisions} decisions in flight each, certificate signed and issued), direct to the host");
    ClosedLoop.Result loop;
    await using (var progress = new CaseProgress(options.Postgres))
    {
        (var warmUp, loop) = await new ClosedLoop(options.Direct, clerk, reviewers, progress).RunSettledAsync(options.Clients, options.Warmup, options.Duration);
        Console.WriteLine($"closed loop {warmUp}");
    }
    Console.WriteLine(loop);
    PacedCases.Result carried;
    await using (var progress = new CaseProgress(options.Postgres))
    {
        var rate = options.LifecyclePacedRate ?? Math.Max(1, Math.Round(loop.Certified / loop.Seconds / 2));
        carried = await new PacedCases(new ClosedLoop(options.Direct, clerk, reviewers, progress), progress, issued).RunAsync(rate, options.Warmup, options.Duration);
    }
    Console.WriteLine(carried);
    var sustained = await run.SustainedAsync(options.Clients, options.Warmup, options.Duration);
    Console.WriteLine(sustained);
    var paced = await run.AtRateAsync(options.LifecycleRate, options.Warmup, options.Duration);
    Console.WriteLine(paced);
    return loop.Failed + carried.Failed + sustained.Failures + paced.Failures;
});

await gate.RunAsync("verify", async () =>
{
    var identifier = await AnyCertificateAsync(options.Direct, clerk);
    var verify = await new VerifyRun(options.Gateway, identifier).RunAsync(options.Clients, options.Duration);
    Console.WriteLine($"GET /api/certificates/verify/{{id}} anonymous through the gateway, {options.Clients} callers: " +
        $"{verify.PerSecond:0.0}/s  p50 {verify.Percentile(50):0.00} ms  p99 {verify.Percentile(99):0.00} ms ({verify.Failed} failed)");
    return verify.Failed;
});

await gate.RunAsync("forward", async () =>
{
    var pg = options.Postgres ?? throw new InvalidOperationException("--pg is needed for the forward scenario.");
    Console.WriteLine("village proxy cases for the county's food permit, through the gateway, forwarded over the federation bus");
    var forward = await new ForwardRun(options.Gateway, tokens.For("agent"), pg).RunAsync(options.ForwardRate, options.Duration);
    Console.WriteLine(forward);
    return forward.FailedRequests + forward.Submitted - forward.Arrived;
});

await gate.RunAsync("catalog", async () =>
{
    var failures = 0L;
    var county = await new CatalogImport(options.Direct, tokens.For("admin-province")).RunAsync(5_000, 50_000);
    Console.WriteLine(county);
    HostMemory.Print(options.State, "catalog import");
    var grpc = new UriBuilder(options.Direct) { Port = options.Direct.Port + 1 }.Uri;
    foreach (var (name, keys) in new[] { ("a working set of 300 matters x 10 villages and 300 entries", LookupKeys.WorkingSet(county, 300)),
                 ("the whole imported county at random", LookupKeys.AtRandom(county)) })
    {
        var lookups = new CatalogLookups(grpc, keys);
        await lookups.RunAsync(options.CatalogRate, options.Warmup);
        Console.WriteLine($"catalog gRPC at {options.CatalogRate:0}/s (half ResolveCompetentUnit, half GetImplementation) over {name}, direct");
        var (resolve, implementation) = await lookups.RunAsync(options.CatalogRate, options.Duration);
        Console.WriteLine(resolve);
        Console.WriteLine(implementation);
        failures += resolve.Failed + implementation.Failed;
    }
    var guide = await new GuideSearch(options.Direct, county).RunAsync(8, options.Duration);
    Console.WriteLine($"public guide search by name fragment over the imported county, 8 residents, direct");
    Console.WriteLine(guide);
    return failures + guide.Failed;
});
await gate.RunAsync("chaos", () => ChaosReport.RunAsync(args, options, tokens), printMemory: false);
await gate.RunAsync("video", () => Linkage.Bench.Video.VideoReport.RunAsync(args, options, tokens));
await gate.RunAsync("hall", () => Linkage.Bench.Hall.HallReport.RunAsync(args, options, tokens));
await gate.RunAsync("payments", () => Linkage.Bench.Payments.PaymentsReport.RunAsync(args, options, tokens));
await gate.RunAsync("tiers", () => Linkage.Bench.Tiers.TiersReport.RunAsync(args, options, tokens), printMemory: false);
await gate.RunAsync("sweep", () => SweepScenario.RunAsync(options));
await gate.RunAsync("stats", () => StatsScenario.RunAsync(options, tokens));
await gate.RunAsync("assessment", () => AssessmentScenario.RunAsync(options, tokens));
await gate.RunAsync("ratings", () => RatingsScenario.RunAsync(options, tokens));
await gate.RunAsync("figures", () => FiguresScenario.RunAsync(options));
await gate.RunAsync("audit", () => AuditScenario.RunAsync(options));
return gate.Summary();

// One target warmed up until its rate settles, then measured: both printed (issue 17).
async Task<LoadResult> SettledAsync(Uri target, string name)
{
    var (warmUp, measured) = await new LoadRun(target, clerk, options.Clients).RunSettledAsync(name, options.Warmup, options.Duration);
    Console.WriteLine($"{name,-8} {warmUp}");
    Console.WriteLine(measured);
    return measured;
}

static async Task<string> AnyCertificateAsync(Uri host, string token)
{
    using var http = new HttpClient { BaseAddress = host };
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    var list = (await http.GetFromJsonAsync<JsonElement>("/api/certificates?limit=1")).GetProperty("items");
    return list.GetArrayLength() > 0
        ? list[0].GetProperty("identifier").GetString()!
        : throw new InvalidOperationException("No certificate to verify: run the lifecycle scenario first.");
}
