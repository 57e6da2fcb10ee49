#include "RecordQueries.h"

#include "reports/FilterSql.h"
#include "reports/IngestSession.h"
#include "reports/RecordColumns.h"
#include "storage/Database.h"

#include <QHash>

#include <memory>

namespace relay::core {

RecordQueries::RecordQueries(Database &db) : m_db(db) { }

Result<std::vector<std::string>> RecordQueries::prefixes()
{
    std::vector<std::string> prefixes;
    auto dict = m_db.prepare(QStringLiteral("SELECT id, value FROM report_dict WHERE kind = ?1"));
    if (!dict)
        return dict.error();
    dict->bind(1, int { IngestSession::IdPrefix });
    if (auto status = dict->each([&] {
            const auto id = static_cast<std::size_t>(dict->int64(0));
            if (prefixes.size() <= id)
                prefixes.resize(id + 1);
            prefixes[id] = dict->blob(1).toStdString();
        });
        !status) {
        return status.error();
    }
    return prefixes;
}

Status RecordQueries::readRecords(const QString &where,
    const std::function<void(Statement &)> &bind,
    const std::function<bool(const QStringList &)> &emitRow, int limit)
{
    auto prefixList = prefixes();
    if (!prefixList)
        return prefixList.error();
    auto stmt
        = m_db.prepare(QStringLiteral("%1 WHERE %2 ORDER BY r.id%3")
                           .arg(RecordColumns::selectSql(), where,
                               limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    if (!stmt)
        return stmt.error();
    bind(*stmt);
    const int idColumn = RecordColumns::count();
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        QStringList fields = RecordColumns::format(*stmt, prefixList.value());
        fields.append(QString::number(stmt->int64(idColumn)));
        if (!emitRow(fields))
            return makeError(ErrorCode::Cancelled, {});
    }
    return {};
}

Result<std::function<qint32(std::string_view)>> RecordQueries::prefixLookup()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, value FROM report_dict WHERE kind = ?1"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, int { IngestSession::IdPrefix });
    auto prefixes = std::make_shared<QHash<QByteArray, qint32>>();
    if (auto status
        = stmt->each([&] { prefixes->insert(stmt->blob(1), static_cast<qint32>(stmt->int64(0))); });
        !status) {
        return status.error();
    }
    return std::function<qint32(std::string_view)>([prefixes](std::string_view prefix) {
        return prefixes->value(
            QByteArray(prefix.data(), static_cast<qsizetype>(prefix.size())), -1);
    });
}

Status RecordQueries::forEachRecord(
    const ReportFilter &filter, const std::function<bool(const QStringList &)> &emitRow)
{
    auto prefixes = prefixLookup();
    if (!prefixes)
        return prefixes.error();
    const FilterSql where = FilterSql::of(filter, FilterSql::Table::Record, prefixes.value());
    return readRecords(
        where.where(), [&](Statement &stmt) { where.bind(stmt); },
        [&](const QStringList &fields) { return emitRow(fields.first(fields.size() - 1)); });
}

Result<QList<QStringList>> RecordQueries::firstRecords(const ReportFilter &filter, int limit)
{
    auto prefixes = prefixLookup();
    if (!prefixes)
        return prefixes.error();
    const FilterSql where = FilterSql::of(filter, FilterSql::Table::Record, prefixes.value());
    QList<QStringList> rows;
    const Status status = readRecords(
        where.where(), [&](Statement &stmt) { where.bind(stmt); },
        [&](const QStringList &fields) {
            rows.append(fields.first(fields.size() - 1));
            return true;
        },
        limit);
    if (!status)
        return status.error();
    return rows;
}

Result<std::vector<qint64>> RecordQueries::recordIds(
    const ReportFilter &filter, int sortColumn, Qt::SortOrder order)
{
    auto prefixes = prefixLookup();
    if (!prefixes)
        return prefixes.error();
    const FilterSql where = FilterSql::of(filter, FilterSql::Table::Record, prefixes.value());
    const RecordColumns::Sort sort = RecordColumns::sortSql(sortColumn);
    const QLatin1String direction(order == Qt::AscendingOrder ? "ASC" : "DESC");
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT r.id FROM report_record r %1 WHERE %2 ORDER BY %3 %4, r.id %4")
            .arg(sort.join, where.where(), sort.expression, direction));
    if (!stmt)
        return stmt.error();
    where.bind(*stmt);
    std::vector<qint64> ids;
    if (auto status = stmt->each([&] { ids.push_back(stmt->int64(0)); }); !status)
        return status.error();
    return ids;
}

Result<QList<QStringList>> RecordQueries::records(const std::vector<qint64> &ids)
{
    QList<QStringList> result;
    if (ids.empty())
        return result;
    // The ids are integers of this database, so they can stand in the SQL.
    QStringList list;
    list.reserve(static_cast<qsizetype>(ids.size()));
    for (const qint64 id : ids)
        list.append(QString::number(id));
    QHash<qint64, QStringList> byId;
    const Status status = readRecords(
        QStringLiteral("r.id IN (%1)").arg(list.join(QLatin1Char(','))), [](Statement &) {},
        [&](const QStringList &fields) {
            byId.insert(fields.last().toLongLong(), fields.first(fields.size() - 1));
            return true;
        });
    if (!status)
        return status.error();
    result.reserve(static_cast<qsizetype>(ids.size()));
    for (const qint64 id : ids)
        result.append(byId.value(id));
    return result;
}

} // namespace relay::core
