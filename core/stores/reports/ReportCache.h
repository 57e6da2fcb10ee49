#pragma once

#include "Result.h"
#include "model/UsageRecord.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace relay::core {

class Clock;
class Database;
class IngestSession;
class Statement;

// The encrypted report cache: provider usage pulls, their records (only the
// allow-listed fields of UsageRecordView), roll-ups maintained at ingest so
// breakdowns never rescan the records, campaign/brand mappings, aggregate
// usage, and a purge log that keeps counts only. Every pull deletes itself
// ttlDays (at most 7) after it completed, or after it started when it did not
// complete.
class ReportCache
{
public:
    static constexpr int kMaxTtlDays = 7;

    enum class State { Running, Complete, Failed, Cancelled };

    struct Pull {
        qint64 id = 0;
        QString provider; // twilio, telnyx, twilio-bulk, twilio-json, telnyx-mdr
        QString account; // account SID / "file" — never a secret
        QString client;
        QDate from;
        QDate to;
        QStringList senders; // gateway filter of the request
        QString baseUrl;
        State state = State::Running;
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

    struct NewPull {
        QString provider;
        QString account;
        QString client;
        QDate from;
        QDate to;
        QStringList senders;
        QString baseUrl;
    };

    enum class Dimension {
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
    struct Filter {
        // The pull this is about (0: every live pull). Its records, unless
        // storedIn names the pulls to read (see coverage()).
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

        static Filter ofPull(qint64 id)
        {
            Filter f;
            f.pullId = id;
            return f;
        }
        // This scope (pulls, days, senders) narrowed by another filter's
        // days and values.
        Filter narrowedBy(const Filter &other) const;
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

    struct Mapping {
        QString service; // messaging service SID (Twilio) or sender number (Telnyx)
        QString campaign; // TCR campaign id, empty: no campaign
        QString brand; // TCR brand id
    };

    struct Aggregate {
        QDate day;
        QString category;
        qint64 count = 0;
        QString countUnit;
        QString usage;
        QString usageUnit;
        QString price;
        QString priceUnit;
    };

    struct PurgeResult {
        qint64 pullId = 0;
        qint64 records = 0;
        qint64 rollups = 0;
        qint64 aggregates = 0;
        qint64 mappings = 0;
    };

    ReportCache(Database &db, const Clock &clock);
    ~ReportCache() = default;

    static const char *schemaSql();
    // Version 3: Telnyx number tags on records.
    static const char *tagsSql();

    [[nodiscard]] Result<int> ttlDays();
    [[nodiscard]] Status setTtlDays(int days);

    [[nodiscard]] Result<qint64> createPull(const NewPull &request);
    [[nodiscard]] Result<Pull> pull(qint64 id);
    [[nodiscard]] Result<QList<Pull>> pulls(); // oldest first
    [[nodiscard]] Status finishPull(qint64 id, State state, const QString &error = {});
    // Back to running, for a resume. Refused (AlreadyExists) while the
    // process that runs it is alive.
    [[nodiscard]] Status reopenPull(qint64 id);
    // A running pull names the process writing it (pid, its start time,
    // the boot). A pull left running by a process that ended (killed,
    // crashed, the machine restarted) becomes failed, "interrupted", so it
    // can be resumed (a provider pull) or imported again, and stops holding
    // back the purge's dictionary clean-up. Returns the pulls it changed.
    [[nodiscard]] Result<QList<qint64>> failInterrupted();
    // Schema 9: the owner columns.
    static const char *ownerSql();

    [[nodiscard]] Status addMapping(qint64 pullId, const Mapping &mapping);
    [[nodiscard]] Result<QList<Mapping>> mappings(qint64 pullId);
    // Replaces the pull's rows of `category` (idempotent, for resumes).
    [[nodiscard]] Status addAggregates(
        qint64 pullId, const QList<Aggregate> &rows, const QString &category);
    [[nodiscard]] Result<QList<Aggregate>> aggregates(qint64 pullId);

    // Starts (or resumes) writing records into a pull.
    [[nodiscard]] Result<std::unique_ptr<IngestSession>> ingest(qint64 pullId);

    // Everything a pull's request covers. A message is stored once across
    // pulls (a pull skips what an earlier live pull already holds), so a
    // pull that overlaps an earlier one holds only the rest of its range:
    // what it covers is every live pull of the same provider account, on
    // the pull's days and its senders. A file import covers itself.
    [[nodiscard]] Result<Filter> coverage(qint64 pullId);

    [[nodiscard]] Result<QList<BreakdownRow>> breakdown(Dimension by, const Filter &filter);
    // Two dimensions at once (e.g. day by status, for stacked charts).
    [[nodiscard]] Result<QList<CrossRow>> crossBreakdown(
        Dimension first, Dimension second, const Filter &filter);
    static bool parseDimension(const QString &name, Dimension *out);
    static QString dimensionName(Dimension by);

    // The columns of a record as the records table and the exports show it.
    static QStringList exportColumns();
    // Calls `row` with each record of the filter, in storage order, until it
    // returns false (then: ErrorCode::Cancelled).
    [[nodiscard]] Status forEachRecord(
        const Filter &filter, const std::function<bool(const QStringList &)> &row);
    // The filter's first records in storage order, without sorting anything:
    // what the records table shows while the ids of a sort are loading.
    [[nodiscard]] Result<QList<QStringList>> firstRecords(const Filter &filter, int limit);
    // The ids of the filter's records, ordered by a column of exportColumns()
    // (ties by id). Ids only: a million of them are 8 MB.
    [[nodiscard]] Result<std::vector<qint64>> recordIds(
        const Filter &filter, int sortColumn, Qt::SortOrder order);
    // The records with these ids, in the order given; an id no longer
    // stored (its pull was purged) gives an empty row.
    [[nodiscard]] Result<QList<QStringList>> records(const std::vector<qint64> &ids);
    // Messages and segments of the filter, from the roll-ups.
    struct Totals {
        qint64 messages = 0;
        qint64 segments = 0;
    };
    [[nodiscard]] Result<Totals> totals(const Filter &filter);

    // Expired pulls (or one pull, or every pull when `all`), deleted with
    // everything they own; the purge log keeps counts. dryRun lists only.
    // `within` runs inside each pull's deleting transaction (the workspace
    // writes its activity-log entry there), so a pull is never gone without
    // its entry, whatever kills the process.
    using PurgeHook = std::function<Status(const PurgeResult &)>;
    [[nodiscard]] Result<QList<PurgeResult>> purge(
        bool dryRun, qint64 onlyPull = 0, const QString &reason = {}, const PurgeHook &within = {});

    struct PurgeLogEntry {
        qint64 pullId;
        QDateTime at;
        QString reason;
        qint64 records;
    };
    [[nodiscard]] Result<QList<PurgeLogEntry>> purgeLog();

    static QString stateName(State state);

private:
    [[nodiscard]] Result<std::function<qint32(std::string_view)>> prefixLookup();
    [[nodiscard]] Status readRecords(const QString &where,
        const std::function<void(Statement &)> &bind,
        const std::function<bool(const QStringList &)> &row, int limit = 0);
    [[nodiscard]] Result<QList<CrossRow>> grouped(
        Dimension first, std::optional<Dimension> second, const Filter &filter);

    friend class IngestSession;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace relay::core
