using Linkage.Bench.Seeding;
using Npgsql;

namespace Linkage.Bench.Sweep;

/// <summary>The sweep scenario's own database, <c>linkage_bench_sweep</c>, created afresh each run on the suite's server
/// and migrated by <see cref="SweepPass.MigrateAsync"/>. A pass claims every case whose next check is due by its day,
/// whoever wrote it: in the suite's database that day (35 days ahead, so the host's own sweep leaves the bench's cases
/// alone) also took the open cases of the intake and life-cycle runs, raised their cards 35 days early and moved their
/// next checks past it. Here the only cases are the scenario's, and the host's sweep never sees them.</summary>
public static class SweepDatabase
{
    public const string Database = "linkage_bench_sweep";

    public static async Task<string> CreateAsync(BenchOptions options)
    {
        await using var suite = BenchDatabase.From(options);
        var admin = new NpgsqlConnectionStringBuilder(suite.ConnectionString) { Database = "postgres" }.ConnectionString;
        await using var server = new BenchDatabase(admin);
        await server.ExecuteAsync($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
        await server.ExecuteAsync($"CREATE DATABASE {Database}");
        return new NpgsqlConnectionStringBuilder(suite.ConnectionString) { Database = Database }.ConnectionString;
    }
}
