#!/usr/bin/env bash
# Least-privilege database logins (docs/decisions/0534): the hosts connect as linkage_app, which owns nothing and
# holds only DML on the modules' schemas (SELECT and INSERT on the audit trail); `migrate` runs as linkage_migrator,
# which owns the schemas it creates. Objects the migrator creates are granted to linkage_app by default privileges,
# so the chart's migration Job needs no superuser afterwards; the same SQL (pg_logins_sql) is what a DBA runs once
# for a chart deployment (docs/operations.md). Sourced by ./platform.

PG_APP=linkage_app
PG_MIGRATOR=linkage_migrator

pg_login_password() { secret_key "$1.key" | tr -d '/+='; }

# pg_login_conn <login> <database>
pg_login_conn() {
  echo "Host=127.0.0.1;Port=$PGPORT;Username=$1;Password=$(pg_login_password "$1");Database=$2"
}

pg_app_conn() { pg_login_conn "$PG_APP" "${1:-linkage}"; }

pg_migrator_conn() { pg_login_conn "$PG_MIGRATOR" "${1:-linkage}"; }

# pg_logins_sql <database>: idempotent; psql variables app, migrator, app_pw, migrator_pw.
pg_logins_sql() {
  cat <<SQL
SET client_min_messages = warning;
SELECT format('CREATE ROLE %I LOGIN', r) FROM unnest(ARRAY[:'app', :'migrator']) r
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \\gexec
SELECT 'CREATE ROLE linkage_audit_owner NOLOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'linkage_audit_owner') \\gexec
ALTER ROLE :"app" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :'app_pw';
ALTER ROLE :"migrator" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'migrator_pw';
GRANT linkage_audit_owner TO :"migrator";
REVOKE ALL ON DATABASE "$1" FROM PUBLIC;
GRANT CONNECT ON DATABASE "$1" TO :"app";
GRANT CONNECT, CREATE, TEMPORARY ON DATABASE "$1" TO :"migrator";
GRANT CREATE ON DATABASE "$1" TO linkage_audit_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator" GRANT USAGE ON SCHEMAS TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator" GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator" GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO :"app";
-- a database migrated before the logins existed: its schemas and what is in them pass to the migrator
SELECT format('ALTER SCHEMA %I OWNER TO %I', nspname, :'migrator') FROM pg_namespace n
  WHERE nspowner = 'postgres'::regrole AND nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\_%' \\gexec
SELECT format('ALTER %s %I.%I OWNER TO %I', CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
              n.nspname, c.relname, :'migrator')
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relowner = 'postgres'::regrole AND n.nspowner <> 'postgres'::regrole AND c.relkind IN ('r', 'p', 'v', 'S')
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')) \\gexec
SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, :'migrator')
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE p.proowner = 'postgres'::regrole AND n.nspowner <> 'postgres'::regrole \\gexec
-- what exists already (the default privileges cover what the migrator creates from now on)
SELECT format(t, nspname, :'app') FROM pg_namespace CROSS JOIN unnest(ARRAY[
    'GRANT USAGE ON SCHEMA %1\$I TO %2\$I', 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1\$I TO %2\$I',
    'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %1\$I TO %2\$I']) t
  WHERE nspowner IN (:'migrator'::regrole, 'linkage_audit_owner'::regrole) \\gexec
SELECT format('REVOKE UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA audit FROM %I', :'app')
  WHERE EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'audit') \\gexec
SQL
}

# pg_logins <database>: the two logins and their grants on the database (as the superuser, over the socket).
pg_logins() {
  pg_logins_sql "$1" | pg_psql -d "$1" -v app="$PG_APP" -v migrator="$PG_MIGRATOR" \
    -v app_pw="$(pg_login_password "$PG_APP")" -v migrator_pw="$(pg_login_password "$PG_MIGRATOR")" >/dev/null
}

# host_migrate <env file> <database>: `migrate` as the migrator login, the rest of the environment as the host's.
host_migrate() {
  local envf=$1 db=$2 kv
  pg_logins "$db"
  mapfile -t kv < "$envf"
  (cd "$(dirname "$REPO/$HOST_DLL")" && env "${kv[@]}" "ConnectionStrings__Linkage=$(pg_migrator_conn "$db")" \
    dotnet "$(basename "$HOST_DLL")" migrate)
}
