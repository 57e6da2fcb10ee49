-- Relay Audit: the roles and the database of an engine's PostgreSQL.
--
-- Run once, as a superuser, before the first `engine serve --store …`:
--
--   sudo -u postgres psql -v db=relayaudit -f /usr/share/relayaudit/postgresql-roles.sql
--
-- then give the two logins their passwords, typed at the prompt so they never
-- sit in a file or in the shell's history:
--
--   sudo -u postgres psql -c '\password relay_engine'
--   sudo -u postgres psql -c '\password relay_console'
--
-- relay_engine   what the engine's workers log in as. It owns the database
--                and creates the tables (the engine migrates on start).
-- relay_console  what support engineers' consoles log in as: a member of
--                relay_log_reader, which may SELECT the delivery log and
--                nothing else (not the orgs' logins, the gateways' accounts
--                or the links). It cannot write, and the console also opens
--                its sessions read-only.
--
-- Running it again changes nothing that is already there.

\set ON_ERROR_STOP on
\if :{?db}
\else
\set db relayaudit
\endif

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'relay_engine') THEN
        CREATE ROLE relay_engine LOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'relay_log_reader') THEN
        CREATE ROLE relay_log_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'relay_console') THEN
        CREATE ROLE relay_console LOGIN IN ROLE relay_log_reader;
    END IF;
END
$$;

SELECT format('CREATE DATABASE %I OWNER relay_engine ENCODING ''UTF8''', :'db')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db') \gexec

\connect :"db"
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO relay_engine;
GRANT USAGE ON SCHEMA public TO relay_log_reader;

-- The engine grants its log's tables to relay_log_reader when it creates
-- them; where it ran before this script, the grant is made here.
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_tables WHERE schemaname = 'public' AND tablename = 'delivery') THEN
        GRANT SELECT ON relay_schema, engine_setting, delivery, delivery_event,
            delivery_early_event, inbound_message TO relay_log_reader;
    END IF;
END
$$;
