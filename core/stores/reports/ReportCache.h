#pragma once

#include "Result.h"
#include "model/UsageRecord.h"
#include "reports/BreakdownQueries.h"
#include "reports/CachePurge.h"
#include "reports/CacheTypes.h"
#include "reports/PullLedger.h"
#include "reports/RecordQueries.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace relay::core {

class Clock;
class Database;
class IngestSession;

// The encrypted report cache: provider usage pulls, their records (only the
// allow-listed fields of UsageRecordView), roll-ups maintained at ingest so
// breakdowns never rescan the records, campaign/brand mappings, aggregate
// usage, and a purge log that keeps counts only. Every pull deletes itself
// ttlDays (at most 7) after it was created; a resume never extends that.
//
// One store, four jobs, each its own class: PullLedger (pulls and their
// lifecycle), BreakdownQueries (roll-ups), RecordQueries (records, in the
// columns of RecordColumns) and CachePurge. This class owns them, the
// schema and the ingest, and is what the rest of the program calls.
class ReportCache
{
public:
    static constexpr int kMaxTtlDays = PullLedger::kMaxTtlDays;

    using State = PullState;
    using Pull = ReportPull;
    using NewPull = NewReportPull;
    using Dimension = ReportDimension;
    using Filter = ReportFilter;
    using BreakdownRow = core::BreakdownRow;
    using CrossRow = core::CrossRow;
    using Mapping = ServiceMapping;
    using Aggregate = UsageAggregate;
    using PurgeResult = PullPurge;
    using Totals = ReportTotals;
    using PurgeLogEntry = core::PurgeLogEntry;
    using PurgeHook = CachePurge::Hook;

    ReportCache(Database &db, const Clock &clock);

    static const char *schemaSql();
    // Version 3: Telnyx number tags on records.
    static const char *tagsSql();
    // Schema 9: the owner columns (the process writing a running pull).
    static const char *ownerSql();
    // Schema 10: pull ids never reused; a message stored once (a unique index).
    static const char *uniqueSql();

    [[nodiscard]] Result<int> ttlDays() { return m_pulls.ttlDays(); }
    [[nodiscard]] Status setTtlDays(int days) { return m_pulls.setTtlDays(days); }

    [[nodiscard]] Result<qint64> createPull(const NewPull &request)
    {
        return m_pulls.createPull(request);
    }
    [[nodiscard]] Result<Pull> pull(qint64 id) { return m_pulls.pull(id); }
    [[nodiscard]] Result<QList<Pull>> pulls() { return m_pulls.pulls(); } // oldest first
    [[nodiscard]] Status finishPull(qint64 id, State state, const QString &error = {})
    {
        return m_pulls.finishPull(id, state, error);
    }
    // Back to running, for a resume. Refused (AlreadyExists) while the
    // process that runs it is alive.
    [[nodiscard]] Status reopenPull(qint64 id) { return m_pulls.reopenPull(id); }
    // A running pull names the process writing it (ProcessIdentity). A pull
    // left running by a process that ended (killed, crashed, the machine
    // restarted) becomes failed, "interrupted", so it can be resumed (a
    // provider pull) or imported again, and stops holding back the purge's
    // dictionary clean-up. Returns the pulls it changed.
    [[nodiscard]] Result<QList<qint64>> failInterrupted() { return m_pulls.failInterrupted(); }

    [[nodiscard]] Status addMapping(qint64 pullId, const Mapping &mapping)
    {
        return m_pulls.addMapping(pullId, mapping);
    }
    [[nodiscard]] Result<QList<Mapping>> mappings(qint64 pullId)
    {
        return m_pulls.mappings(pullId);
    }
    // Replaces the pull's rows of `category` (idempotent, for resumes).
    [[nodiscard]] Status addAggregates(
        qint64 pullId, const QList<Aggregate> &rows, const QString &category)
    {
        return m_pulls.addAggregates(pullId, rows, category);
    }
    [[nodiscard]] Result<QList<Aggregate>> aggregates(qint64 pullId)
    {
        return m_pulls.aggregates(pullId);
    }

    // Starts (or resumes) writing records into a pull.
    [[nodiscard]] Result<std::unique_ptr<IngestSession>> ingest(qint64 pullId);

    // Everything a pull's request covers. A message is stored once across
    // pulls (a pull skips what an earlier live pull already holds), so a
    // pull that overlaps an earlier one holds only the rest of its range:
    // what it covers is every live pull of the same provider account, on
    // the pull's days and its senders. A file import covers itself.
    [[nodiscard]] Result<Filter> coverage(qint64 pullId) { return m_pulls.coverage(pullId); }

    [[nodiscard]] Result<QList<BreakdownRow>> breakdown(Dimension by, const Filter &filter)
    {
        return m_breakdowns.breakdown(by, filter);
    }
    // Two dimensions at once (e.g. day by status, for stacked charts).
    [[nodiscard]] Result<QList<CrossRow>> crossBreakdown(
        Dimension first, Dimension second, const Filter &filter)
    {
        return m_breakdowns.crossBreakdown(first, second, filter);
    }
    // Messages and segments of the filter, from the roll-ups.
    [[nodiscard]] Result<Totals> totals(const Filter &filter)
    {
        return m_breakdowns.totals(filter);
    }
    static bool parseDimension(const QString &name, Dimension *out)
    {
        return core::parseDimension(name, out);
    }
    static QString dimensionName(Dimension by) { return core::dimensionName(by); }

    // The columns of a record as the records table and the exports show it
    // (RecordColumns::names()).
    static QStringList exportColumns();
    // Calls `row` with each record of the filter, in storage order, until it
    // returns false (then: ErrorCode::Cancelled).
    [[nodiscard]] Status forEachRecord(
        const Filter &filter, const std::function<bool(const QStringList &)> &row)
    {
        return m_records.forEachRecord(filter, row);
    }
    // The filter's first records in storage order, without sorting anything:
    // what the records table shows while the ids of a sort are loading.
    [[nodiscard]] Result<QList<QStringList>> firstRecords(const Filter &filter, int limit)
    {
        return m_records.firstRecords(filter, limit);
    }
    // The ids of the filter's records, ordered by a column of exportColumns()
    // (ties by id). Ids only: a million of them are 8 MB.
    [[nodiscard]] Result<std::vector<qint64>> recordIds(
        const Filter &filter, int sortColumn, Qt::SortOrder order)
    {
        return m_records.recordIds(filter, sortColumn, order);
    }
    // The records with these ids, in the order given; an id no longer
    // stored (its pull was purged) gives an empty row.
    [[nodiscard]] Result<QList<QStringList>> records(const std::vector<qint64> &ids)
    {
        return m_records.records(ids);
    }

    // Expired pulls (or one pull, or every pull when `all`), deleted with
    // everything they own; the purge log keeps counts. dryRun lists only.
    // `within` runs inside each pull's deleting transaction (the workspace
    // writes its activity-log entry there), so a pull is never gone without
    // its entry, whatever kills the process.
    [[nodiscard]] Result<QList<PurgeResult>> purge(
        bool dryRun, qint64 onlyPull = 0, const QString &reason = {}, const PurgeHook &within = {})
    {
        return m_purge.purge(dryRun, onlyPull, reason, within);
    }
    [[nodiscard]] Result<QList<PurgeLogEntry>> purgeLog() { return m_purge.purgeLog(); }
    // What the purges since `sinceMs` deleted, summed (the compliance report).
    [[nodiscard]] Result<CachePurge::Totals> purgeTotalsSince(qint64 sinceMs)
    {
        return m_purge.totalsSince(sinceMs);
    }

    static QString stateName(State state) { return pullStateName(state); }

private:
    Database &m_db;
    PullLedger m_pulls;
    BreakdownQueries m_breakdowns;
    RecordQueries m_records;
    CachePurge m_purge;
};

} // namespace relay::core
