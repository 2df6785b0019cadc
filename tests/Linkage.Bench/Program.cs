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
using Linkage.Bench.Stats;
using Linkage.Bench.Sweep;
using Linkage.Bench.Verification;

var options = BenchOptions.Parse(args);
var tokens = new BenchTokens(options.State);
var clerk = tokens.For("clerk");
var failures = 0L;

if (options.Runs("intake"))
{
    Console.WriteLine($"POST /api/intake/cases, {options.Clients} clients, {options.Duration.TotalSeconds:0} s each (after {options.Warmup.TotalSeconds:0} s warm-up)");
    var direct = await new LoadRun(options.Direct, clerk, options.Clients).RunAsync("direct", options.Warmup, options.Duration);
    Console.WriteLine(direct);
    var gateway = await new LoadRun(options.Gateway, clerk, options.Clients).RunAsync("gateway", options.Warmup, options.Duration);
    Console.WriteLine(gateway);
    Console.WriteLine($"gateway/direct throughput ratio {gateway.PerSecond / direct.PerSecond:P1}");
    if (options.PgbenchTps is { } tps)
        Console.WriteLine($"pgbench single-row inserts {tps:0.0} tps; gateway/pgbench {gateway.PerSecond / tps:P1}, direct/pgbench {direct.PerSecond / tps:P1}");
    failures += gateway.Failed + direct.Failed;
}
Memory("intake");

if (options.Runs("lifecycle"))
{
    var reviewers = tokens.FoodPermitReviewers();
    var issued = new IssuedCertificates(options.Postgres ?? throw new InvalidOperationException("--pg is needed for the lifecycle scenario."));
    var run = new LifecycleRun(options.Direct, clerk, reviewers, issued);
    Console.WriteLine($"life cycle (accepted, {reviewers.Count} departments approve in parallel, certificate signed and issued), direct to the host");
    var sustained = await run.SustainedAsync(options.Clients, options.Warmup, options.Duration);
    Console.WriteLine(sustained);
    var paced = await run.AtRateAsync(options.LifecycleRate, options.Warmup, options.Duration);
    Console.WriteLine(paced);
    failures += sustained.FailedRequests + paced.FailedRequests;
}
Memory("lifecycle");

if (options.Runs("verify"))
{
    var identifier = await AnyCertificateAsync(options.Direct, clerk);
    var verify = await new VerifyRun(options.Gateway, identifier).RunAsync(options.Clients, options.Duration);
    Console.WriteLine($"GET /api/certificates/verify/{{id}} anonymous through the gateway, {options.Clients} callers: " +
        $"{verify.PerSecond:0.0}/s  p50 {verify.Percentile(50):0.00} ms  p99 {verify.Percentile(99):0.00} ms ({verify.Failed} failed)");
    failures += verify.Failed;
}
Memory("verify");
if (options.Runs("forward"))
{
    var pg = options.Postgres ?? throw new InvalidOperationException("--pg is needed for the forward scenario.");
    Console.WriteLine("village proxy cases for the county's food permit, through the gateway, forwarded over the federation bus");
    var forward = await new ForwardRun(options.Gateway, tokens.For("agent"), pg).RunAsync(options.ForwardRate, options.Duration);
    Console.WriteLine(forward);
    failures += forward.FailedRequests + forward.Submitted - forward.Arrived;
}
Memory("forward");

if (options.Runs("catalog"))
{
    var county = await new CatalogImport(options.Direct, tokens.For("admin-province")).RunAsync(5_000, 50_000);
    Console.WriteLine(county);
    Memory("catalog import");
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
    failures += guide.Failed;
}
Memory("catalog");
if (options.Runs("chaos")) failures += await ChaosReport.RunAsync(args, options, tokens);
if (options.Runs("video")) failures += await Linkage.Bench.Video.VideoReport.RunAsync(args, options, tokens);
Memory("video");
if (options.Runs("hall")) failures += await Linkage.Bench.Hall.HallReport.RunAsync(args, options, tokens);
Memory("hall");
if (options.Runs("payments")) failures += await Linkage.Bench.Payments.PaymentsReport.RunAsync(args, options, tokens);
Memory("payments");
if (options.Runs("tiers")) failures += await Linkage.Bench.Tiers.TiersReport.RunAsync(args, options, tokens);
if (options.Runs("sweep")) failures += await SweepScenario.RunAsync(options);
Memory("sweep");
if (options.Runs("stats")) failures += await StatsScenario.RunAsync(options, tokens);
Memory("stats");
if (options.Runs("assessment")) failures += await AssessmentScenario.RunAsync(options, tokens);
Memory("assessment");
if (options.Runs("ratings")) failures += await RatingsScenario.RunAsync(options, tokens);
Memory("ratings");
if (options.Runs("figures")) failures += await FiguresScenario.RunAsync(options);
Memory("figures");
if (options.Runs("audit")) failures += await AuditScenario.RunAsync(options);
Memory("audit");
return failures > 0 ? 1 : 0;

void Memory(string scenario)
{
    if (options.Runs(scenario.Split(' ')[0])) HostMemory.Print(options.State, scenario);
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
