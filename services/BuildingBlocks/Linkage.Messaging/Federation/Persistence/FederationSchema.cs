using Microsoft.EntityFrameworkCore;

namespace Linkage.Messaging;

/// <summary>The <c>federation</c> schema of a deployment's database (<c>ConnectionStrings:Linkage</c>), what the
/// federation adapters keep beside the modules (decision 0686): the routing-key bindings this deployment made on its
/// broker (its links', and each host's types', 0699), so a start-up removes those it no longer wants, and the Dapr adapter's failed deliveries per CloudEvent, so
/// replicas and restarts count together. Created by every module's migration, as the audit schema is (idempotent,
/// serialised by an advisory lock); the runtime login gets DML through the migrator's default privileges (0534).</summary>
public static class FederationSchema
{
    public const string Ensure = """
        SELECT pg_advisory_xact_lock(hashtextextended('linkage.federation.schema', 0));
        CREATE SCHEMA IF NOT EXISTS federation;
        CREATE TABLE IF NOT EXISTS federation.link_bindings (
            source text NOT NULL,
            destination text NOT NULL,
            pattern text NOT NULL,
            app_id text NOT NULL,
            PRIMARY KEY (source, destination, pattern, app_id));
        ALTER TABLE federation.link_bindings ADD COLUMN IF NOT EXISTS host text NOT NULL DEFAULT '';
        CREATE TABLE IF NOT EXISTS federation.failed_deliveries (
            event_id text PRIMARY KEY,
            failures integer NOT NULL,
            carded boolean NOT NULL DEFAULT false,
            failed_at timestamptz NOT NULL);
        CREATE INDEX IF NOT EXISTS failed_deliveries_failed_at ON federation.failed_deliveries (failed_at);
        """;

    public static Task EnsureAsync(DbContext db, CancellationToken ct) => AuditSchema.RunAsync(db, Ensure, ct);
}
