#pragma once

#include "Result.h"
#include "reports/CacheTypes.h"

#include <QList>

#include <functional>

namespace relay::core {

class Clock;
class Database;
class PullLedger;

// Deletes pulls with everything they own, once their 7 days are up (or on
// request), and keeps a purge log of counts only.
class CachePurge
{
public:
    using Hook = std::function<Status(const PullPurge &)>;

    CachePurge(Database &db, const Clock &clock, PullLedger &pulls);

    // See ReportCache::purge().
    [[nodiscard]] Result<QList<PullPurge>> purge(
        bool dryRun, qint64 onlyPull, const QString &reason, const Hook &within);
    [[nodiscard]] Result<QList<PurgeLogEntry>> purgeLog();

    // What the purges since `sinceMs` deleted, summed.
    struct Totals {
        qint64 pulls = 0;
        qint64 records = 0;
        qint64 rollups = 0;
        qint64 aggregates = 0;
    };
    [[nodiscard]] Result<Totals> totalsSince(qint64 sinceMs);

private:
    [[nodiscard]] Result<PullPurge> count(qint64 pullId);
    [[nodiscard]] Status erase(const PullPurge &counts, qint64 atMs, const QString &reason);
    [[nodiscard]] Status dropUnusedDictionary();

    Database &m_db;
    const Clock &m_clock;
    PullLedger &m_pulls;
};

} // namespace relay::core
