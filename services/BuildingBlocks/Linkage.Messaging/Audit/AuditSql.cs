namespace Linkage.Messaging;

/// <summary>The audit schema, shared by every module of a deployment's database (docs/decisions/0400). Rows are
/// chained by a BEFORE INSERT trigger under a per-chain advisory lock: seq = last + 1, prev_hash = last hash,
/// hash = SHA-256(prev_hash ‖ canonical row), the canonical form being each field as "octet length:value;" in
/// <see cref="AuditCanonical"/>'s order. A row for lane n (<c>schema.n</c>) whose lane another transaction holds goes
/// to the first free of the <see cref="AuditLane.Spares"/> lanes below it, and waits for its own lane only when they
/// are held too (0768). UPDATE, DELETE and TRUNCATE raise; where the connecting role may, the
/// tables belong to a separate NOLOGIN owner role and the application keeps only SELECT and INSERT (0401); no role
/// but the owner keeps UPDATE, DELETE or TRUNCATE (0534).</summary>
public static class AuditSql
{
    public const string Schema = "audit";
    public const string Table = "audit_log";
    public const string OwnerRole = "linkage_audit_owner";

    public const string Ensure = """
        SELECT pg_advisory_xact_lock(hashtextextended('linkage.audit.schema', 0));
        CREATE SCHEMA IF NOT EXISTS audit;
        CREATE TABLE IF NOT EXISTS audit.audit_log (
            id uuid PRIMARY KEY,
            chain text NOT NULL,
            seq bigint NOT NULL,
            at timestamptz NOT NULL,
            actor_subject text NOT NULL,
            actor_role text NOT NULL,
            actor_org_unit text NOT NULL,
            actor_division text NOT NULL,
            action text NOT NULL,
            target_type text NOT NULL,
            target_id text NOT NULL,
            detail jsonb NOT NULL,
            prev_hash bytea NOT NULL,
            hash bytea NOT NULL,
            UNIQUE (chain, seq));
        CREATE INDEX IF NOT EXISTS ix_audit_log_subject ON audit.audit_log (actor_subject, at);
        CREATE INDEX IF NOT EXISTS ix_audit_log_target ON audit.audit_log (target_type, target_id, at);
        CREATE TABLE IF NOT EXISTS audit.signed_heads (
            chain text NOT NULL,
            seq bigint NOT NULL,
            hash bytea NOT NULL,
            signed_at timestamptz NOT NULL,
            signer text NOT NULL,
            key_id text NOT NULL,
            signature bytea NOT NULL,
            PRIMARY KEY (chain, seq));
        CREATE TABLE IF NOT EXISTS audit.received_heads (
            signer text NOT NULL,
            chain text NOT NULL,
            seq bigint NOT NULL,
            hash bytea NOT NULL,
            signed_at timestamptz NOT NULL,
            key_id text NOT NULL,
            signature bytea NOT NULL,
            origin_division text NOT NULL,
            received_at timestamptz NOT NULL,
            PRIMARY KEY (signer, chain, seq));

        CREATE OR REPLACE FUNCTION audit.field(value text) RETURNS text LANGUAGE sql IMMUTABLE
            AS $$ SELECT octet_length(value)::text || ':' || value || ';' $$;

        CREATE OR REPLACE FUNCTION audit.chain_row() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            last_seq bigint;
            last_hash bytea;
            lane int := nullif(split_part(NEW.chain, '.', 2), '')::int; -- a chain is a schema, or schema.n (AuditLane)
            moved text;
            taken boolean := false;
        BEGIN
            IF lane IS NOT NULL THEN
                moved := current_setting('linkage_audit.' || replace(NEW.chain, '.', '_'), true);
                IF moved <> '' THEN
                    NEW.chain := moved; -- an earlier entry of this transaction for this lane took a spare: the rest follow
                ELSIF pg_try_advisory_xact_lock(hashtextextended('linkage.audit.chain.' || NEW.chain, 0)) THEN
                    taken := true;
                ELSE
                    FOR spare IN REVERSE lane - 1 .. greatest(lane - 3, 0) LOOP
                        taken := pg_try_advisory_xact_lock(hashtextextended('linkage.audit.chain.' || split_part(NEW.chain, '.', 1) || '.' || spare, 0));
                        IF taken THEN
                            NEW.chain := set_config('linkage_audit.' || replace(NEW.chain, '.', '_'), split_part(NEW.chain, '.', 1) || '.' || spare, true);
                            EXIT;
                        END IF;
                    END LOOP;
                END IF;
            END IF;
            IF NOT taken THEN
                PERFORM pg_advisory_xact_lock(hashtextextended('linkage.audit.chain.' || NEW.chain, 0));
            END IF;
            SELECT seq, hash INTO last_seq, last_hash FROM audit.audit_log WHERE chain = NEW.chain ORDER BY seq DESC LIMIT 1;
            NEW.seq := coalesce(last_seq, 0) + 1;
            NEW.prev_hash := coalesce(last_hash, ''::bytea);
            NEW.hash := sha256(NEW.prev_hash || convert_to(
                audit.field(NEW.id::text) || audit.field(NEW.chain) || audit.field(NEW.seq::text)
                || audit.field(((extract(epoch FROM NEW.at) * 1000000)::bigint)::text)
                || audit.field(NEW.actor_subject) || audit.field(NEW.actor_role) || audit.field(NEW.actor_org_unit)
                || audit.field(NEW.actor_division) || audit.field(NEW.action) || audit.field(NEW.target_type)
                || audit.field(NEW.target_id) || audit.field(NEW.detail::text), 'UTF8'));
            RETURN NEW;
        END $$;

        CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit.% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
        END $$;

        CREATE OR REPLACE TRIGGER audit_log_chain BEFORE INSERT ON audit.audit_log
            FOR EACH ROW EXECUTE FUNCTION audit.chain_row();
        CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit.audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
        CREATE OR REPLACE TRIGGER signed_heads_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit.signed_heads
            FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
        CREATE OR REPLACE TRIGGER received_heads_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit.received_heads
            FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();

        REVOKE UPDATE, DELETE, TRUNCATE ON audit.audit_log, audit.signed_heads, audit.received_heads FROM PUBLIC;
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'linkage_audit_owner') THEN
                BEGIN
                    CREATE ROLE linkage_audit_owner NOLOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation OR insufficient_privilege THEN NULL;
                END;
            END IF;
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'linkage_audit_owner')
               AND pg_has_role(current_user, 'linkage_audit_owner', 'MEMBER') THEN
                ALTER SCHEMA audit OWNER TO linkage_audit_owner;
                ALTER TABLE audit.audit_log OWNER TO linkage_audit_owner;
                ALTER TABLE audit.signed_heads OWNER TO linkage_audit_owner;
                ALTER TABLE audit.received_heads OWNER TO linkage_audit_owner;
                ALTER FUNCTION audit.chain_row() OWNER TO linkage_audit_owner;
                ALTER FUNCTION audit.refuse_change() OWNER TO linkage_audit_owner;
                ALTER FUNCTION audit.field(text) OWNER TO linkage_audit_owner;
                GRANT USAGE ON SCHEMA audit TO CURRENT_USER;
                GRANT SELECT, INSERT ON audit.audit_log, audit.signed_heads, audit.received_heads TO CURRENT_USER;
                REVOKE UPDATE, DELETE, TRUNCATE ON audit.audit_log, audit.signed_heads, audit.received_heads FROM CURRENT_USER;
            END IF;
        END $$;
        -- nobody but the owner keeps UPDATE, DELETE or TRUNCATE, also not the runtime login that default privileges
        -- granted DML on everything the migrator creates (0534)
        DO $$
        DECLARE
            holder regrole;
        BEGIN
            FOR holder IN
                SELECT DISTINCT a.grantee::regrole FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
                WHERE c.relnamespace = 'audit'::regnamespace AND c.relkind = 'r' AND a.grantee <> 0
                  AND a.grantee <> c.relowner AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
            LOOP
                EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit.audit_log, audit.signed_heads, audit.received_heads FROM %s', holder);
            END LOOP;
        END $$;
        """;
}
