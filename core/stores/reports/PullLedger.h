#pragma once

#include "Result.h"
#include "reports/CacheTypes.h"

#include <QList>

namespace relay::core {

class Clock;
class Database;

// The report cache's pulls: their lifecycle (running, then complete,
// failed or cancelled), the process writing a running one, the 7-day
// clock, and what a pull learnt besides records (campaign/brand mappings,
// aggregate usage).
class PullLedger
{
public:
    static constexpr int kMaxTtlDays = 7;

    PullLedger(Database &db, const Clock &clock);

    [[nodiscard]] Result<int> ttlDays();
    [[nodiscard]] Status setTtlDays(int days);

    [[nodiscard]] Result<qint64> createPull(const NewReportPull &request);
    [[nodiscard]] Result<ReportPull> pull(qint64 id);
    [[nodiscard]] Result<QList<ReportPull>> pulls(); // oldest first
    [[nodiscard]] Status finishPull(qint64 id, PullState state, const QString &error = {});
    // Back to running, for a resume. Refused (AlreadyExists) while the
    // process that runs it is alive.
    [[nodiscard]] Status reopenPull(qint64 id);
    // Pulls left running by a process that ended become failed,
    // "interrupted"; returns them.
    [[nodiscard]] Result<QList<qint64>> failInterrupted();

    [[nodiscard]] Status addMapping(qint64 pullId, const ServiceMapping &mapping);
    [[nodiscard]] Result<QList<ServiceMapping>> mappings(qint64 pullId);
    // Replaces the pull's rows of `category` (idempotent, for resumes).
    [[nodiscard]] Status addAggregates(
        qint64 pullId, const QList<UsageAggregate> &rows, const QString &category);
    [[nodiscard]] Result<QList<UsageAggregate>> aggregates(qint64 pullId);

    // Everything a pull's request covers (see ReportCache::coverage()).
    [[nodiscard]] Result<ReportFilter> coverage(qint64 pullId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace relay::core
