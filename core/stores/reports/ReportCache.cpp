#include "ReportCache.h"

#include "reports/IngestSession.h"
#include "reports/RecordColumns.h"

namespace relay::core {

namespace {

// The report cache's tables as schema version 1 made them; later versions
// alter them (tagsSql(), ownerSql()).
constexpr const char kSchema[] = R"SQL(
CREATE TABLE report_setting (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO report_setting VALUES ('ttl_days', '7');
CREATE TABLE report_pull (
    id INTEGER PRIMARY KEY,
    provider TEXT NOT NULL,
    account TEXT NOT NULL,
    client TEXT NOT NULL,
    range_from TEXT,
    range_to TEXT,
    senders TEXT NOT NULL,
    base_url TEXT,
    state TEXT NOT NULL,
    checkpoint TEXT NOT NULL DEFAULT '',
    pages INTEGER NOT NULL DEFAULT 0,
    records INTEGER NOT NULL DEFAULT 0,
    segments INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL,
    completed_ms INTEGER,
    requested_by TEXT NOT NULL,
    error TEXT);
CREATE TABLE report_dict (
    id INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    value BLOB NOT NULL,
    UNIQUE (kind, value));
CREATE TABLE report_record (
    id INTEGER PRIMARY KEY,
    pull_id INTEGER NOT NULL,
    provider INTEGER NOT NULL,
    msg_id BLOB NOT NULL,
    gateway INTEGER NOT NULL,
    service INTEGER,
    campaign INTEGER,
    brand INTEGER,
    status INTEGER NOT NULL,
    direction INTEGER NOT NULL,
    channel INTEGER NOT NULL,
    segments INTEGER NOT NULL,
    media INTEGER NOT NULL,
    error_code INTEGER,
    created_at INTEGER,
    sent_at INTEGER,
    updated_at INTEGER,
    price_micros INTEGER,
    price_unit INTEGER);
CREATE INDEX report_record_pull ON report_record (pull_id);
CREATE TABLE report_rollup (
    pull_id INTEGER NOT NULL,
    day INTEGER NOT NULL,
    gateway INTEGER NOT NULL,
    service INTEGER,
    campaign INTEGER,
    brand INTEGER,
    status INTEGER NOT NULL,
    direction INTEGER NOT NULL,
    channel INTEGER NOT NULL,
    error_code INTEGER,
    segments INTEGER NOT NULL,
    messages INTEGER NOT NULL,
    segments_total INTEGER NOT NULL);
CREATE INDEX report_rollup_pull ON report_rollup (pull_id);
CREATE TABLE report_mapping (
    pull_id INTEGER NOT NULL,
    service TEXT NOT NULL,
    campaign TEXT,
    brand TEXT,
    PRIMARY KEY (pull_id, service));
CREATE TABLE report_aggregate (
    pull_id INTEGER NOT NULL,
    day TEXT NOT NULL,
    category TEXT NOT NULL,
    count INTEGER NOT NULL,
    count_unit TEXT,
    usage TEXT,
    usage_unit TEXT,
    price TEXT,
    price_unit TEXT);
CREATE INDEX report_aggregate_pull ON report_aggregate (pull_id);
CREATE TABLE report_purge_log (
    id INTEGER PRIMARY KEY,
    pull_id INTEGER NOT NULL,
    at_ms INTEGER NOT NULL,
    reason TEXT NOT NULL,
    records INTEGER NOT NULL,
    rollups INTEGER NOT NULL,
    aggregates INTEGER NOT NULL,
    mappings INTEGER NOT NULL);
)SQL";

} // namespace

ReportCache::ReportCache(Database &db, const Clock &clock)
    : m_db(db), m_pulls(db, clock), m_breakdowns(db), m_records(db), m_purge(db, clock, m_pulls)
{ }

const char *ReportCache::schemaSql()
{
    return kSchema;
}

const char *ReportCache::tagsSql()
{
    return "ALTER TABLE report_record ADD COLUMN tags INTEGER;";
}

const char *ReportCache::ownerSql()
{
    return R"SQL(
ALTER TABLE report_pull ADD COLUMN owner_pid INTEGER;
ALTER TABLE report_pull ADD COLUMN owner_start INTEGER;
ALTER TABLE report_pull ADD COLUMN owner_boot INTEGER;
)SQL";
}

Result<std::unique_ptr<IngestSession>> ReportCache::ingest(qint64 pullId)
{
    std::unique_ptr<IngestSession> session(new IngestSession(m_db, pullId));
    if (auto status = session->load(); !status)
        return status.error();
    return session;
}

const char *ReportCache::uniqueSql()
{
    // Pull ids are never used twice (AUTOINCREMENT, past every id the purge
    // log names); a message is stored once in the whole cache, whichever
    // process writes it (a unique index, after removing what two imports at
    // once stored twice, and rebuilding those pulls' roll-ups and counts).
    return R"SQL(
CREATE TABLE report_pull_v10 (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    provider TEXT NOT NULL,
    account TEXT NOT NULL,
    client TEXT NOT NULL,
    range_from TEXT,
    range_to TEXT,
    senders TEXT NOT NULL,
    base_url TEXT,
    state TEXT NOT NULL,
    checkpoint TEXT NOT NULL DEFAULT '',
    pages INTEGER NOT NULL DEFAULT 0,
    records INTEGER NOT NULL DEFAULT 0,
    segments INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    created_ms INTEGER NOT NULL,
    completed_ms INTEGER,
    requested_by TEXT NOT NULL,
    error TEXT,
    owner_pid INTEGER,
    owner_start INTEGER,
    owner_boot INTEGER);
INSERT INTO report_pull_v10 (id, provider, account, client, range_from, range_to, senders,
    base_url, state, checkpoint, pages, records, segments, duplicates, created_ms, completed_ms,
    requested_by, error, owner_pid, owner_start, owner_boot)
SELECT id, provider, account, client, range_from, range_to, senders, base_url, state,
    checkpoint, pages, records, segments, duplicates, created_ms, completed_ms, requested_by,
    error, owner_pid, owner_start, owner_boot FROM report_pull;
DROP TABLE report_pull;
ALTER TABLE report_pull_v10 RENAME TO report_pull;
DELETE FROM sqlite_sequence WHERE name = 'report_pull';
INSERT INTO sqlite_sequence (name, seq) SELECT 'report_pull', coalesce(max(id), 0) FROM (
    SELECT id FROM report_pull UNION ALL SELECT pull_id FROM report_purge_log);
CREATE TABLE report_v10_twice AS SELECT DISTINCT pull_id FROM report_record
    WHERE id NOT IN (SELECT min(id) FROM report_record GROUP BY provider, msg_id);
DELETE FROM report_record
    WHERE id NOT IN (SELECT min(id) FROM report_record GROUP BY provider, msg_id);
CREATE UNIQUE INDEX report_record_message ON report_record (provider, msg_id);
DELETE FROM report_rollup WHERE pull_id IN (SELECT pull_id FROM report_v10_twice);
INSERT INTO report_rollup (pull_id, day, gateway, service, campaign, brand, status, direction,
    channel, error_code, segments, messages, segments_total)
SELECT pull_id,
    CASE WHEN coalesce(sent_at, created_at) IS NULL THEN -1
         ELSE (coalesce(sent_at, created_at)
               - ((coalesce(sent_at, created_at) % 86400) + 86400) % 86400) / 86400 END,
    gateway, service, campaign, brand, status, direction, channel, error_code, segments,
    count(*), sum(segments)
FROM report_record WHERE pull_id IN (SELECT pull_id FROM report_v10_twice)
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;
UPDATE report_pull SET
    records = (SELECT count(*) FROM report_record r WHERE r.pull_id = report_pull.id),
    segments = (SELECT coalesce(sum(segments), 0) FROM report_record r
                WHERE r.pull_id = report_pull.id)
    WHERE id IN (SELECT pull_id FROM report_v10_twice);
DROP TABLE report_v10_twice;
)SQL";
}

QStringList ReportCache::exportColumns()
{
    return RecordColumns::names();
}

} // namespace relay::core
