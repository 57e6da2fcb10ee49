#pragma once

#include "Result.h"
#include "reports/CacheTypes.h"

#include <QList>

#include <optional>

namespace relay::core {

class Database;

// Breakdowns and totals of the report cache. Every one reads the roll-ups
// IngestSession maintains, never the records.
class BreakdownQueries
{
public:
    explicit BreakdownQueries(Database &db) : m_db(db) { }

    [[nodiscard]] Result<QList<BreakdownRow>> breakdown(
        ReportDimension by, const ReportFilter &filter);
    [[nodiscard]] Result<QList<CrossRow>> crossBreakdown(
        ReportDimension first, ReportDimension second, const ReportFilter &filter);
    [[nodiscard]] Result<ReportTotals> totals(const ReportFilter &filter);

private:
    [[nodiscard]] Result<QList<CrossRow>> grouped(
        ReportDimension first, std::optional<ReportDimension> second, const ReportFilter &filter);

    Database &m_db;
};

} // namespace relay::core
