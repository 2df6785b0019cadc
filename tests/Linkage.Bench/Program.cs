using Linkage.Bench;
using Linkage.ServiceDefaults.Auth;

var options = BenchOptions.Parse(args);
var key = File.ReadAllText(Path.Combine(options.State, "jwt.key")).Trim();
var pidKey = Convert.FromBase64String(File.ReadAllText(Path.Combine(options.State, "pid.key")).Trim());
var clerk = DemoUsersFile.Load(Path.Combine(AppContext.BaseDirectory, "demo-users.json")).Single(u => u.UserName == "clerk");
var token = new DevTokenIssuer(new AuthSettings(null, key, "linkage-dev", "linkage"), pidKey).Issue(clerk, TimeSpan.FromHours(1));

Console.WriteLine($"POST /api/intake/cases, {options.Clients} clients, {options.Duration.TotalSeconds:0} s each (after {options.Warmup.TotalSeconds:0} s warm-up)");
var direct = await new LoadRun(options.Direct, token, options.Clients).RunAsync("direct", options.Warmup, options.Duration);
Console.WriteLine(direct);
var gateway = await new LoadRun(options.Gateway, token, options.Clients).RunAsync("gateway", options.Warmup, options.Duration);
Console.WriteLine(gateway);
Console.WriteLine($"gateway/direct throughput ratio {gateway.PerSecond / direct.PerSecond:P1}");
if (options.PgbenchTps is { } tps)
    Console.WriteLine($"pgbench single-row inserts {tps:0.0} tps; gateway/pgbench {gateway.PerSecond / tps:P1}, direct/pgbench {direct.PerSecond / tps:P1}");
return gateway.Failed + direct.Failed > 0 ? 1 : 0;
