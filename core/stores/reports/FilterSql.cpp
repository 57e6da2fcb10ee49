#include "FilterSql.h"

#include "reports/IngestSession.h"
#include "storage/Database.h"

namespace relay::core {

void FilterSql::bind(Statement &stmt) const
{
    for (std::size_t i = 0; i < params.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        if (const auto *number = std::get_if<qint64>(&params[i]))
            stmt.bind(index, *number);
        else
            stmt.bindBlob(index, std::get<QByteArray>(params[i]));
    }
}

QString FilterSql::param(std::variant<qint64, QByteArray> value)
{
    params.push_back(std::move(value));
    return QStringLiteral("?%1").arg(params.size());
}

void FilterSql::dictionary(const char *column, int kind, const QString &value)
{
    if (value.isNull())
        return;
    if (value.isEmpty()) {
        clauses << QStringLiteral("r.%1 IS NULL").arg(QLatin1String(column));
        return;
    }
    clauses << QStringLiteral("r.%1 = (SELECT id FROM report_dict WHERE kind = %2 AND value = %3)")
                   .arg(QLatin1String(column))
                   .arg(kind)
                   .arg(param(value.toUtf8()));
}

FilterSql FilterSql::of(
    const ReportFilter &f, Table table, const std::function<qint32(std::string_view)> &prefixId)
{
    FilterSql sql;
    const QDate epoch(1970, 1, 1);
    if (!f.storedIn.isEmpty()) {
        QStringList ids; // integers, so they can stand in the SQL
        for (const qint64 id : f.storedIn)
            ids << QString::number(id);
        sql.clauses << QStringLiteral("r.pull_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    } else if (f.pullId > 0) {
        sql.clauses << QStringLiteral("r.pull_id = %1").arg(sql.param(f.pullId));
    }
    if (!f.gateways.isEmpty()) {
        QStringList placeholders;
        for (const QString &gateway : f.gateways)
            placeholders << sql.param(gateway.toUtf8());
        sql.clauses << QStringLiteral(
            "r.gateway IN (SELECT id FROM report_dict WHERE kind = %1 AND value IN (%2))")
                           .arg(int { IngestSession::Gateway })
                           .arg(placeholders.join(QLatin1Char(',')));
    }
    if (table == FilterSql::Table::Rollup) {
        if (f.from.isValid())
            sql.clauses << QStringLiteral("r.day >= %1").arg(sql.param(epoch.daysTo(f.from)));
        if (f.to.isValid())
            sql.clauses << QStringLiteral("r.day <= %1").arg(sql.param(epoch.daysTo(f.to)));
    } else {
        // The same days as the roll-up's, from the timestamps.
        if (f.from.isValid()) {
            sql.clauses << QStringLiteral("coalesce(r.sent_at, r.created_at) >= %1")
                               .arg(sql.param(epoch.daysTo(f.from) * 86400));
        }
        if (f.to.isValid()) {
            sql.clauses << QStringLiteral("coalesce(r.sent_at, r.created_at) < %1")
                               .arg(sql.param((epoch.daysTo(f.to) + 1) * 86400));
        }
    }
    sql.dictionary("gateway", IngestSession::Gateway, f.gateway);
    sql.dictionary("service", IngestSession::Service, f.service);
    sql.dictionary("campaign", IngestSession::Campaign, f.campaign);
    sql.dictionary("brand", IngestSession::Brand, f.brand);
    sql.dictionary("status", IngestSession::StatusKind, f.status);
    if (f.direction)
        sql.clauses << QStringLiteral("r.direction = %1").arg(static_cast<int>(*f.direction));
    if (f.channel)
        sql.clauses << QStringLiteral("r.channel = %1").arg(static_cast<int>(*f.channel));
    const QString text = f.text.trimmed();
    if (table == FilterSql::Table::Record && !text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        const std::string encoded = IngestSession::encodeMessageId(
            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())),
            prefixId ? prefixId : [](std::string_view) { return qint32 { -1 }; });
        const QString part = sql.param(text.toLower().toUtf8());
        const QString matching
            = QStringLiteral("(SELECT id FROM report_dict WHERE kind IN (%1, %2, %3, %4) "
                             "AND instr(lower(CAST(value AS TEXT)), CAST(%5 AS TEXT)) > 0)")
                  .arg(int { IngestSession::Gateway })
                  .arg(int { IngestSession::Service })
                  .arg(int { IngestSession::Campaign })
                  .arg(int { IngestSession::Brand })
                  .arg(part);
        sql.clauses << QStringLiteral(
            "(r.msg_id = %1 OR r.gateway IN %2 OR r.service IN %2 OR r.campaign IN "
            "%2 OR r.brand IN %2)")
                           .arg(sql.param(QByteArray::fromStdString(encoded)), matching);
    }
    return sql;
}

} // namespace relay::core
