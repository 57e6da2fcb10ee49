#include "BreakdownQueries.h"

#include "reports/FilterSql.h"
#include "storage/Database.h"

#include <algorithm>

namespace relay::core {

namespace {

struct KeySql {
    QString expression;
    QString join;
    bool naturalOrder = false; // days and segment counts sort by key, the rest by volume
};

// The SQL for one dimension's key over report_rollup r; dictionary-coded
// dimensions join report_dict under `alias`.
KeySql keyFor(ReportDimension by, const QString &alias)
{
    using Dimension = ReportDimension;
    switch (by) {
    case Dimension::Sender:
    case Dimension::StatusOf:
    case Dimension::Campaign:
    case Dimension::Brand:
    case Dimension::Service: {
        const char *column = by == Dimension::Sender ? "gateway"
            : by == Dimension::StatusOf              ? "status"
            : by == Dimension::Campaign              ? "campaign"
            : by == Dimension::Brand                 ? "brand"
                                                     : "service";
        return { QStringLiteral("CAST(%1.value AS TEXT)").arg(alias),
            QStringLiteral("LEFT JOIN report_dict %1 ON %1.id = r.%2")
                .arg(alias, QLatin1String(column)) };
    }
    case Dimension::Day:
        return { QStringLiteral(
                     "CASE WHEN r.day < 0 THEN NULL ELSE date(r.day * 86400, 'unixepoch') END"),
            {}, true };
    case Dimension::Error:
        return { QStringLiteral("CAST(r.error_code AS TEXT)"), {} };
    case Dimension::Segments:
        return { QStringLiteral(
                     "CASE WHEN r.segments >= 4 THEN '4+' ELSE CAST(r.segments AS TEXT) END"),
            {}, true };
    case Dimension::Direction:
        return { QStringLiteral("CASE r.direction WHEN 1 THEN 'inbound' ELSE 'outbound' END"), {} };
    case Dimension::Provider:
        // Error codes are per provider: the error table pairs them.
        return { QStringLiteral(
                     "CASE WHEN %1.provider LIKE 'telnyx%' THEN 'telnyx' ELSE 'twilio' END")
                     .arg(alias),
            QStringLiteral("JOIN report_pull %1 ON %1.id = r.pull_id").arg(alias) };
    case Dimension::Channel:
        return { QStringLiteral(
                     "CASE r.channel WHEN 1 THEN 'mms' WHEN 2 THEN 'whatsapp' ELSE 'sms' END"),
            {} };
    }
    return {};
}

} // namespace

Result<QList<CrossRow>> BreakdownQueries::grouped(
    ReportDimension first, std::optional<ReportDimension> second, const ReportFilter &filter)
{
    // Every breakdown reads the roll-up, never the records.
    const KeySql a = keyFor(first, QStringLiteral("d1"));
    const KeySql b
        = second ? keyFor(*second, QStringLiteral("d2")) : KeySql { QStringLiteral("NULL"), {} };
    const FilterSql where = FilterSql::of(filter, FilterSql::Table::Rollup);
    const QString sql
        = QStringLiteral("SELECT %1 AS k1, %2 AS k2, sum(r.messages), sum(r.segments_total) "
                         "FROM report_rollup r %3 %4 WHERE %5 GROUP BY k1%6")
              .arg(a.expression, b.expression, a.join, b.join, where.where(),
                  second ? QStringLiteral(", k2") : QString());
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    where.bind(*stmt);
    QList<CrossRow> rows;
    if (auto status = stmt->each([&] {
            rows.append({ stmt->isNull(0) ? QString() : stmt->text(0),
                stmt->isNull(1) ? QString() : stmt->text(1), stmt->int64(2), stmt->int64(3) });
        });
        !status) {
        return status.error();
    }
    return rows;
}

Result<QList<CrossRow>> BreakdownQueries::crossBreakdown(
    ReportDimension first, ReportDimension second, const ReportFilter &filter)
{
    return grouped(first, second, filter);
}

Result<QList<BreakdownRow>> BreakdownQueries::breakdown(
    ReportDimension by, const ReportFilter &filter)
{
    auto grouping = grouped(by, std::nullopt, filter);
    if (!grouping)
        return grouping.error();
    QList<BreakdownRow> rows;
    rows.reserve(grouping->size());
    for (const CrossRow &c : grouping.value())
        rows.append({ c.first, c.messages, c.segments });
    const bool natural = keyFor(by, QStringLiteral("d")).naturalOrder;
    std::sort(rows.begin(), rows.end(), [natural](const BreakdownRow &x, const BreakdownRow &y) {
        if (natural || x.messages == y.messages) {
            if (x.key.isNull() != y.key.isNull())
                return x.key.isNull(); // "none" first, as SQLite orders NULL
            return x.key < y.key;
        }
        return x.messages > y.messages;
    });
    return rows;
}

Result<ReportTotals> BreakdownQueries::totals(const ReportFilter &filter)
{
    const FilterSql where = FilterSql::of(filter, FilterSql::Table::Rollup);
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT ifnull(sum(r.messages), 0), ifnull(sum(r.segments_total), 0) "
                       "FROM report_rollup r WHERE %1")
            .arg(where.where()));
    if (!stmt)
        return stmt.error();
    where.bind(*stmt);
    auto row = stmt->step();
    if (!row)
        return row.error();
    return ReportTotals { stmt->int64(0), stmt->int64(1) };
}

} // namespace relay::core
