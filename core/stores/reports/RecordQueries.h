#pragma once

#include "Result.h"
#include "reports/CacheTypes.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace relay::core {

class Database;
class Statement;

// The report cache's records, in the columns of RecordColumns: streamed
// for exports, the first rows of a filter, the ids of a sorted filter, and
// rows by id for the records table's windows.
class RecordQueries
{
public:
    explicit RecordQueries(Database &db);

    // Calls `row` with each record of the filter, in storage order, until it
    // returns false (then: ErrorCode::Cancelled).
    [[nodiscard]] Status forEachRecord(
        const ReportFilter &filter, const std::function<bool(const QStringList &)> &row);
    [[nodiscard]] Result<QList<QStringList>> firstRecords(const ReportFilter &filter, int limit);
    [[nodiscard]] Result<std::vector<qint64>> recordIds(
        const ReportFilter &filter, int sortColumn, Qt::SortOrder order);
    [[nodiscard]] Result<QList<QStringList>> records(const std::vector<qint64> &ids);

private:
    [[nodiscard]] Result<std::vector<std::string>> prefixes();
    [[nodiscard]] Result<std::function<qint32(std::string_view)>> prefixLookup();
    [[nodiscard]] Status readRecords(const QString &where,
        const std::function<void(Statement &)> &bind,
        const std::function<bool(const QStringList &)> &row, int limit = 0);

    Database &m_db;
};

} // namespace relay::core
