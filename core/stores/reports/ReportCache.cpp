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

QStringList ReportCache::exportColumns()
{
    return RecordColumns::names();
}

} // namespace relay::core
