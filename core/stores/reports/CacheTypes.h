#pragma once

#include "model/UsageRecord.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relay::core {

// The values the report cache's parts (pulls, breakdowns, records, purge)
// hand each other and their callers; ReportCache names them for callers.

enum class PullState { Running, Complete, Failed, Cancelled };

struct ReportPull {
    qint64 id = 0;
    QString provider; // twilio, telnyx, twilio-bulk, twilio-json, telnyx-mdr
    QString account; // account SID / "file" — never a secret
    QString client;
    QDate from;
    QDate to;
    QStringList senders; // gateway filter of the request
    QString baseUrl;
    PullState state = PullState::Running;
    QString checkpoint;
    qint64 pages = 0;
    qint64 records = 0;
    qint64 segments = 0;
    qint64 duplicates = 0;
    QDateTime created;
    QDateTime completed;
    QDateTime expires;
    QString requestedBy;
    QString error;
};

struct NewReportPull {
    QString provider;
    QString account;
    QString client;
    QDate from;
    QDate to;
    QStringList senders;
    QString baseUrl;
};

enum class ReportDimension {
    Sender,
    StatusOf,
    Day,
    Campaign,
    Brand,
    Error,
    Segments,
    Direction,
    Channel,
    Service,
    Provider
};

// What a breakdown, the records table and an export cover. Every
// condition narrows; the default is every record of every live pull.
struct ReportFilter {
    // The pull this is about (0: every live pull). Its records, unless
    // storedIn names the pulls to read (see ReportCache::coverage()).
    qint64 pullId = 0;
    QList<qint64> storedIn;
    QDate from; // inclusive, on the UTC day of date_sent (else date_created)
    QDate to;
    // Exact values. A null string matches anything; an empty one the
    // records that have none (no campaign, no brand, no service).
    QString gateway;
    QStringList gateways; // any of these (a pull's sender filter); empty: any
    QString service;
    QString campaign;
    QString brand;
    QString status;
    std::optional<Direction> direction;
    std::optional<Channel> channel;
    // Records only (breakdowns read roll-ups, which keep no ids): a whole
    // message id, or part of a gateway, service, campaign or brand.
    QString text;

    static ReportFilter ofPull(qint64 id)
    {
        ReportFilter f;
        f.pullId = id;
        return f;
    }
    // This scope (pulls, days, senders) narrowed by another filter's
    // days and values.
    ReportFilter narrowedBy(const ReportFilter &other) const;
};

struct BreakdownRow {
    QString key; // null QString: the record has no value (no campaign, no error)
    qint64 messages = 0;
    qint64 segments = 0;
};

struct CrossRow {
    QString first; // null: no value
    QString second;
    qint64 messages = 0;
    qint64 segments = 0;
};

struct ServiceMapping {
    QString service; // messaging service SID (Twilio) or sender number (Telnyx)
    QString campaign; // TCR campaign id, empty: no campaign
    QString brand; // TCR brand id
};

struct UsageAggregate {
    QDate day;
    QString category;
    qint64 count = 0;
    QString countUnit;
    QString usage;
    QString usageUnit;
    QString price;
    QString priceUnit;
};

struct ReportTotals {
    qint64 messages = 0;
    qint64 segments = 0;
};

struct PullPurge {
    qint64 pullId = 0;
    qint64 records = 0;
    qint64 rollups = 0;
    qint64 aggregates = 0;
    qint64 mappings = 0;
};

struct PurgeLogEntry {
    qint64 pullId;
    QDateTime at;
    QString reason;
    qint64 records;
};

QString pullStateName(PullState state);
PullState pullStateFromName(const QString &name);
bool parseDimension(const QString &name, ReportDimension *out);
QString dimensionName(ReportDimension by);

} // namespace relay::core
