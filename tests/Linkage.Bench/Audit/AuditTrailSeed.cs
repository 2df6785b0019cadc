using Linkage.Bench.Seeding;
using Linkage.Messaging;
using Npgsql;

namespace Linkage.Bench.Audit;

/// <summary>A deployment's audit trail of <c>scale</c> rows in its own database (<c>linkage_bench_audit</c>; the trail is
/// append-only, so it is never written into the suite's own): the schema as every module creates it
/// (<see cref="AuditSql.Ensure"/>) and rows inserted with <c>generate_series</c> through its insert trigger, which
/// numbers, links and hashes each row exactly as for the modules' writes. Four chains, one per module writing most.
/// A database holding another number of rows is dropped and written again.</summary>
public static class AuditTrailSeed
{
    public const string Database = "linkage_bench_audit";

    public static async Task<(string ConnectionString, bool Seeded)> EnsureAsync(string suiteConnectionString, int scale)
    {
        var admin = new NpgsqlConnectionStringBuilder(suiteConnectionString) { Database = "postgres" }.ConnectionString;
        var bench = new NpgsqlConnectionStringBuilder(suiteConnectionString) { Database = Database }.ConnectionString;
        await using var server = new BenchDatabase(admin);
        if (await server.CountAsync($"SELECT count(*) FROM pg_database WHERE datname = '{Database}'") == 1)
        {
            await using var existing = new BenchDatabase(bench);
            if (await existing.CountAsync("SELECT count(*) FROM audit.audit_log") == scale) return (bench, false);
            await server.ExecuteAsync($"DROP DATABASE {Database} WITH (FORCE)");
        }
        await server.ExecuteAsync($"CREATE DATABASE {Database}");
        await using var db = new BenchDatabase(bench);
        await db.ExecuteAsync(AuditSql.Ensure);
        await db.ExecuteAsync($"""
            INSERT INTO audit.audit_log (id, chain, seq, at, actor_subject, actor_role, actor_org_unit, actor_division, action,
                target_type, target_id, detail, prev_hash, hash)
            SELECT gen_random_uuid(), (ARRAY['intake', 'approval', 'ratings', 'supervision'])[1 + g % 4], 0,
                   TIMESTAMPTZ '2026-01-01 08:00+08' + g * interval '31 seconds', 'clerk', 'window-clerk', 'ou-350926-centre',
                   '350926000000', 'case.accepted', 'case', '350926000000-20260101-' || lpad(g::text, 7, '0'),
                   jsonb_build_object('matterCode', '000121010000', 'n', g), ''::bytea, ''::bytea
            FROM generate_series(0, {scale - 1}) AS g ORDER BY g;
            ANALYZE audit.audit_log;
            """);
        return (bench, true);
    }
}
